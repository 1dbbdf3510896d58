import { randomUUID } from 'node:crypto';
import { Collection, Entity, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { ArrivalRoute, GuidanceEndReason, MemberJoining, Relationship, SpecificNeed } from '@partner-hub/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { ArrivalRouteEnum, GuidanceEndReasonEnum, MemberJoiningEnum, RelationshipEnum } from '../../app/enums.js';
import { Partnership } from '../partnership/partnership.entity.js';

@ObjectType({ description: 'A resettled household (a case), received and guided by one partnership.' })
@Entity({ tableName: 'household' })
@Unique({ properties: ['partnership', 'reference'] })
// The board's order (by reference) over many partnerships' households.
@Index({ properties: ['reference'] })
export class Household {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'guidanceExtended' | 'specificNeeds' | 'endedOn' | 'endReason' | 'endNote' | 'endingSoonNoticeFor' | 'endNoticeFor';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { index: true })
  partnership!: Partnership;

  @Field(() => String, { description: 'Case reference, unique within the partnership.' })
  @Property({ type: 'string', length: 40 })
  reference!: string;

  @Field(() => ArrivalRouteEnum)
  @Property({ type: 'string', length: 20 })
  arrivalRoute!: ArrivalRoute;

  @Field(() => String, { nullable: true, description: 'Planned arrival date (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10, nullable: true })
  plannedArrivalDate?: string | null;

  @Field(() => String, { nullable: true, description: 'Actual arrival date (YYYY-MM-DD), once recorded.' })
  @Property({ type: 'string', length: 10, nullable: true })
  arrivalDate?: string | null;

  @Field(() => String, { nullable: true, description: 'First day of guidance (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10, nullable: true })
  guidanceStart?: string | null;

  @Field(() => Boolean, { description: 'Guidance extended to a second year.' })
  @Property({ type: 'boolean' })
  guidanceExtended: boolean = false;

  @Field(() => String, { nullable: true, description: 'Guidance ended before its term on this day (YYYY-MM-DD); null otherwise.' })
  @Property({ type: 'string', length: 10, nullable: true })
  endedOn?: string | null = null;

  @Field(() => GuidanceEndReasonEnum, { nullable: true, description: 'Why guidance ended before its term.' })
  @Property({ type: 'string', length: 30, nullable: true })
  endReason?: GuidanceEndReason | null = null;

  @Field(() => String, { nullable: true, description: 'What was said about the early end (no specific needs here).' })
  @Property({ type: 'text', nullable: true })
  endNote?: string | null = null;

  /** The last day of guidance the "ends in a month" notice was sent for (once per end date). */
  @Property({ type: 'string', length: 10, nullable: true })
  endingSoonNoticeFor?: string | null = null;

  /** The last day of guidance the "guidance ended" notice was sent for (once per end date). */
  @Property({ type: 'string', length: 10, nullable: true })
  endNoticeFor?: string | null = null;

  /** Sensitive: never a public field; read through the household policy, each read logged. */
  @Property({ type: 'json' })
  specificNeeds: SpecificNeed[] = [];

  /** Sensitive, as specificNeeds. */
  @Property({ type: 'text', nullable: true })
  specificNeedsNote?: string | null;

  @OneToMany(() => HouseholdMember, (m) => m.household, { orphanRemoval: true })
  members = new Collection<HouseholdMember>(this);

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@ObjectType({ description: 'A member of a household; exactly one is the head of household.' })
@Entity({ tableName: 'household_member' })
export class HouseholdMember {
  [OptionalProps]?: 'isHead' | 'position' | 'joined' | 'joinedOn' | 'leftOn';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Household, { deleteRule: 'cascade', index: true })
  household!: Household;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  firstName!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  lastName!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  birthYear!: number;

  @Field(() => RelationshipEnum)
  @Property({ type: 'string', length: 20 })
  relationship!: Relationship;

  @Field(() => Boolean, { description: 'This member is the head of household.' })
  get isHead(): boolean {
    return this.relationship === 'HEAD';
  }

  @Field(() => MemberJoiningEnum, { description: 'How the member came to be in the household.' })
  @Property({ type: 'string', length: 30, default: 'WITH_HOUSEHOLD' })
  joined: MemberJoining = 'WITH_HOUSEHOLD';

  @Field(() => String, { nullable: true, description: 'The day a later member joined (born, family reunification), YYYY-MM-DD; null for those who arrived with the household.' })
  @Property({ type: 'string', length: 10, nullable: true })
  joinedOn?: string | null = null;

  @Field(() => String, { nullable: true, description: 'The day the member left the household (YYYY-MM-DD); null while they are part of it.' })
  @Property({ type: 'string', length: 10, nullable: true })
  leftOn?: string | null = null;

  /** Keeps members in the order they were entered. */
  @Property({ type: 'integer' })
  position: number = 0;
}
