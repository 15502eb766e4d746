import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProfileAnswer } from '@app/matching';

registerEnumType(ProfileAnswer, {
  name: 'ProfileAnswer',
  description:
    'A profile answer the eligibility rules read: date of birth, employment status, ward (where you live), highest qualification level',
});

@ObjectType('MissingAnswerHint', {
  description:
    'An answer you have not given, and how many more courses giving it could list (some answer to it lists each of them)',
})
export class MissingAnswerHint {
  @Field(() => ProfileAnswer) answer: ProfileAnswer;
  @Field(() => Int, {
    description: 'Courses not in myProgrammeMatches now that some answer to this question would list',
  })
  additionalCount: number;
}
