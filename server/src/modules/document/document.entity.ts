import { randomUUID } from 'node:crypto';
import { Entity, Index, ManyToOne, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import type { DocumentCategory } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DocumentCategoryEnum } from '../../app/enums.js';
import { Household } from '../household/household.entity.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { Message, Thread } from '../messaging/messaging.entity.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { User } from '../user/user.entity.js';

/**
 * A document shared on a partnership or a household, attached to a message, or shared on a
 * meeting; its bytes are in its versions. An attachment is first uploaded against its thread
 * (`thread` set, `message` null: pending, seen by its uploader only) and attached by the send
 * that carries its id, in the message's own transaction.
 */
@ObjectType({ description: 'A document shared on a partnership or a household, attached to a message, or shared on a meeting, with its versions.' })
@Entity({ tableName: 'document' })
@Index({ properties: ['partnership', 'household'] })
export class Document {
  [OptionalProps]?: 'createdAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  /** Always set: the partnership decides who may see the document. */
  @ManyToOne(() => Partnership, { deleteRule: 'cascade' })
  partnership!: Partnership;

  /** Set for a household's document. */
  @ManyToOne(() => Household, { nullable: true, deleteRule: 'cascade' })
  household?: Household | null;

  /** Set for a message attachment (also while pending, before the send). */
  @ManyToOne(() => Thread, { nullable: true, deleteRule: 'cascade', index: true })
  thread?: Thread | null;

  /** The message it is attached to; null while pending. */
  @ManyToOne(() => Message, { nullable: true, deleteRule: 'cascade', index: true })
  message?: Message | null;

  /** Set for a meeting's document (its partnership is then the meeting's first). */
  @ManyToOne(() => Meeting, { nullable: true, deleteRule: 'cascade', index: true })
  meeting?: Meeting | null;

  @Field(() => String, { description: 'Display name (the file name at first upload, renamable).' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => DocumentCategoryEnum)
  @Property({ type: 'string', length: 40 })
  category!: DocumentCategory;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  createdBy?: User | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** Soft delete: who and when; the document disappears from lists and downloads. */
  @Property({ type: 'datetime', nullable: true })
  deletedAt?: Date | null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  deletedBy?: User | null;
}

@ObjectType({ description: 'One uploaded version of a document: who uploaded what, and when.' })
@Entity({ tableName: 'document_version' })
@Unique({ properties: ['document', 'number'] })
export class DocumentVersion {
  [OptionalProps]?: 'uploadedAt';

  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 36 })
  id: string = randomUUID();

  @ManyToOne(() => Document, { deleteRule: 'cascade' })
  document!: Document;

  @Field(() => Int, { description: '1 for the first upload, then 2, 3...' })
  @Property({ type: 'integer' })
  number!: number;

  /** SHA-256 of the bytes: the storage key. */
  @Property({ type: 'string', length: 64, index: true })
  storageKey!: string;

  @Field(() => Int, { description: 'Size in bytes.' })
  @Property({ type: 'integer' })
  size!: number;

  @Field(() => String, { description: 'The type decided from the content.' })
  @Property({ type: 'string', length: 100 })
  contentType!: string;

  @Field(() => String, { description: 'The file name as uploaded.' })
  @Property({ type: 'string', length: 255 })
  originalName!: string;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  uploadedBy?: User | null;

  @Field(() => GraphQLDateTimeISO)
  @Property({ type: 'datetime' })
  uploadedAt: Date = new Date();
}
