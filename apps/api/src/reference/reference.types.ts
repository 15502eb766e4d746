import { Field, Float, ID, ObjectType } from '@nestjs/graphql';
import { connectionTypes } from '../graphql/pagination';

@ObjectType('Skill')
export class Skill {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field() category: string;
  @Field(() => String, { nullable: true }) escoUri: string | null;
  @Field(() => [String]) altLabels: string[];
  @Field(() => String, { nullable: true }) description: string | null;
}

export const { EdgeType: SkillEdge, ConnectionType: SkillConnection } = connectionTypes('Skill', Skill);

@ObjectType('Ward')
export class Ward {
  @Field(() => ID) code: string;
  @Field() name: string;
  @Field(() => Float) latitude: number;
  @Field(() => Float) longitude: number;
}
