import { Field, ObjectType } from 'type-graphql';
import { Connection } from '../../app/pagination.js';
import { Partnership } from './partnership.entity.js';

@ObjectType({ description: 'What the viewer may do with a partnership; the client shows only these actions.' })
export class PartnershipViewerCan {
  @Field(() => Boolean) view!: boolean;
  @Field(() => Boolean) update!: boolean;
  @Field(() => Boolean) manageMembers!: boolean;
  @Field(() => Boolean) assignContactPerson!: boolean;
  @Field(() => Boolean) registerHousehold!: boolean;
  @Field(() => Boolean, { description: 'May record specific needs when registering a household.' }) recordSpecificNeeds!: boolean;
  @Field(() => Boolean) viewFunding!: boolean;
  @Field(() => Boolean) inviteCoordinator!: boolean;
  @Field(() => Boolean) inviteVolunteer!: boolean;
  @Field(() => Boolean, { description: "May add documents to the partnership's own shelf." }) uploadDocument!: boolean;
}

@ObjectType({ description: 'A page of partnerships.' })
export class PartnershipConnection extends Connection(Partnership, 'Partnership') {}
