import { randomUUID } from 'node:crypto';
import { Collection, Entity, Index, ManyToOne, OneToMany, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { PartnershipStatus, PartnershipTrack } from '@partner-hub/shared';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PartnershipStatusEnum, PartnershipTrackEnum } from '../../app/enums.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';

@ObjectType({ description: 'A partnership of one or more organisations with Fedasil in a programme, followed by one contact person.' })
@Entity({ tableName: 'partnership' })
// The dashboard's page order (name, then id) read from the index at a national year's volume.
@Index({ properties: ['name', 'id'] })
export class Partnership {
  [OptionalProps]?: 'createdAt' | 'updatedAt' | 'status' | 'capacityPledged';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @ManyToOne(() => Programme)
  programme!: Programme;

  @Field(() => PartnershipTrackEnum)
  @Property({ type: 'string', length: 40 })
  track!: PartnershipTrack;

  @Field(() => PartnershipStatusEnum)
  @Property({ type: 'string', length: 20 })
  status: PartnershipStatus = 'DRAFT';

  @Field(() => String, { nullable: true, description: 'First day of the cooperation agreement (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10, nullable: true })
  agreementStart?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the cooperation agreement (YYYY-MM-DD).' })
  @Property({ type: 'string', length: 10, nullable: true })
  agreementEnd?: string | null;

  @Field(() => Int, { description: 'Number of persons the partnership pledged to receive.' })
  @Property({ type: 'integer' })
  capacityPledged: number = 0;

  /** The Fedasil contact person; partners can always turn to them. */
  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', index: true })
  contactPerson?: User | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null', index: true })
  deputy?: User | null;

  @OneToMany(() => PartnershipMember, (m) => m.partnership, { orphanRemoval: true })
  members = new Collection<PartnershipMember>(this);

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

@ObjectType({ description: 'An organisation taking part in a partnership; a consortium has several, one of them the lead.' })
@Entity({ tableName: 'partnership_member' })
@Unique({ properties: ['partnership', 'organisation'] })
export class PartnershipMember {
  [OptionalProps]?: 'lead';

  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Partnership, { deleteRule: 'cascade' })
  partnership!: Partnership;

  @ManyToOne(() => Organisation, { index: true })
  organisation!: Organisation;

  @Field(() => Boolean, { description: 'The lead organisation of the consortium.' })
  @Property({ type: 'boolean' })
  lead: boolean = false;
}
