import { Field, Float, ID, InputType, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsBoolean, IsEnum, IsUUID } from 'class-validator';
import { SkillLevel } from '@app/reference';
import { connectionTypes } from '../graphql/pagination';

registerEnumType(SkillLevel, { name: 'SkillLevel' });

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

@ObjectType('SkillRequirement')
export class SkillRequirement {
  @Field(() => Skill) skill: Skill;
  @Field(() => SkillLevel) level: SkillLevel;
  @Field() essential: boolean;
}

@ObjectType('SkillGain')
export class SkillGain {
  @Field(() => Skill) skill: Skill;
  @Field(() => SkillLevel) level: SkillLevel;
}

@InputType('SkillGainInput')
export class SkillGainInput {
  @Field(() => ID) @IsUUID('all', { message: 'skillId must be a skill id' }) skillId: string;
  @Field(() => SkillLevel) @IsEnum(SkillLevel) level: SkillLevel;
}

@InputType('SkillRequirementInput')
export class SkillRequirementInput extends SkillGainInput {
  @Field({ defaultValue: true }) @IsBoolean() essential: boolean;
}
