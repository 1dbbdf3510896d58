import type { DocumentCategory } from '@partner-hub/shared';
import { IsString, Length } from 'class-validator';
import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { type Context, requireViewer } from '../../app/context.js';
import { DocumentCategoryEnum } from '../../app/enums.js';
import { authorizedEvents, type LiveEvent } from '../../app/live/index.js';
import type { Topics } from '../../app/pubsub.js';
import { Household } from '../household/household.entity.js';
import { Meeting } from '../meeting/meeting.entity.js';
import { Message } from '../messaging/messaging.entity.js';
import { User } from '../user/user.entity.js';
import { Document, DocumentVersion } from './document.entity.js';
import { documentPolicy } from './document.policy.js';
import {
  attachmentsOf,
  deleteDocument,
  latestVersionOf,
  listDocuments,
  loadDocument,
  logIfSensitive,
  loadTarget,
  meetingDocumentsOf,
  placeOf,
  recategoriseDocument,
  renameDocument,
  versionsOf,
} from './document.service.js';

type DocumentAdded = Topics['DOCUMENT_ADDED'][0];

@ObjectType({ description: 'What the viewer may do with a document.' })
class DocumentViewerCan {
  @Field(() => Boolean, { description: 'Rename, re-categorise, delete.' }) manage!: boolean;
  @Field(() => Boolean, { description: 'Upload a new version.' }) upload!: boolean;
}

@ArgsType()
class RenameDocumentArgs {
  @Field(() => ID) id!: string;
  @Field(() => String) @IsString() @Length(1, 200) name!: string;
}

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => [Document], { description: 'The documents of a partnership (its own) or of a household, newest first; need-to-know papers only for those who need to know (each view logged).' })
  documents(@Ctx() ctx: Context, @Arg('partnershipId', () => ID, { nullable: true }) partnershipId?: string | null, @Arg('householdId', () => ID, { nullable: true }) householdId?: string | null) {
    return listDocuments(ctx, { partnershipId, householdId });
  }

  @Mutation(() => Document, { description: 'Renames a document.' })
  renameDocument(@Args(() => RenameDocumentArgs) args: RenameDocumentArgs, @Ctx() ctx: Context) {
    return renameDocument(ctx, args.id, args.name);
  }

  @Mutation(() => Document, { description: 'Changes the category of a document (identity, residence and medical papers only on households).' })
  recategoriseDocument(@Arg('id', () => ID) id: string, @Arg('category', () => DocumentCategoryEnum) category: DocumentCategory, @Ctx() ctx: Context) {
    return recategoriseDocument(ctx, id, category);
  }

  @Mutation(() => Boolean, { description: 'Deletes a document (soft: who and when are kept).' })
  deleteDocument(@Arg('id', () => ID) id: string, @Ctx() ctx: Context) {
    return deleteDocument(ctx, id);
  }

  @Subscription(() => Document, {
    description: 'A document was added (or got a new version) on this partnership, or on this household when given. Same policy as `documents`.',
    subscribe: async ({ args, context: ctx }: { args: { partnershipId: string; householdId?: string | null }; context: Context }) => {
      requireViewer(ctx);
      await loadTarget(ctx, { partnershipId: args.partnershipId, householdId: args.householdId });
      return authorizedEvents<DocumentAdded>(ctx, ctx.app.pubSub.subscribe('DOCUMENT_ADDED'), async (eventCtx, payload) => {
        if (payload.partnershipId !== args.partnershipId || (payload.householdId ?? null) !== (args.householdId ?? null)) return false;
        return loadDocument(eventCtx, payload.documentId).then(
          () => true,
          () => false,
        );
      });
    },
  })
  async documentAdded(
    @Root() event: LiveEvent<DocumentAdded>,
    @Arg('partnershipId', () => ID) _partnershipId: string,
    @Arg('householdId', () => ID, { nullable: true }) _householdId?: string | null,
  ): Promise<Document> {
    const d = await loadDocument(event.ctx, event.payload.documentId);
    await logIfSensitive(event.ctx, d);
    return d;
  }

  @FieldResolver(() => [DocumentVersion], { description: 'Every version, newest first.' })
  versions(@Root() d: Document, @Ctx() ctx: Context) {
    return versionsOf(ctx, d);
  }

  @FieldResolver(() => DocumentVersion, { description: 'The newest version (batched: cheap in lists of attachments).' })
  latestVersion(@Root() d: Document, @Ctx() ctx: Context) {
    return latestVersionOf(ctx, d);
  }

  @FieldResolver(() => Boolean, { description: 'An attachment uploaded to a thread and not sent yet (seen by its uploader only).' })
  pending(@Root() d: Document): boolean {
    return !!d.thread && !d.message;
  }

  @FieldResolver(() => Household, { nullable: true })
  household(@Root() d: Document, @Ctx() ctx: Context) {
    return d.household ? ctx.loaders.household.load(d.household.id) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who first uploaded it.' })
  createdBy(@Root() d: Document, @Ctx() ctx: Context) {
    return d.createdBy ? ctx.loaders.user.load(d.createdBy.id) : null;
  }

  @FieldResolver(() => String, { description: 'Download of the latest version (session cookie).' })
  downloadUrl(@Root() d: Document): string {
    return `/documents/${d.id}/download`;
  }

  @FieldResolver(() => DocumentViewerCan)
  async viewerCan(@Root() d: Document, @Ctx() ctx: Context): Promise<DocumentViewerCan> {
    const place = await placeOf(ctx, d);
    if (!place) return { manage: false, upload: false };
    const createdBy = d.createdBy?.id ?? null;
    return { manage: documentPolicy.manageAt(ctx.viewer, place, d.category, createdBy), upload: documentPolicy.uploadVersion(ctx.viewer, place, d.category, createdBy, !!d.household) };
  }
}

@Resolver(() => Message)
export class MessageAttachmentsResolver {
  @FieldResolver(() => [Document], {
    description: 'Files attached to the message, oldest first: seen by whoever sees the message (need-to-know papers only for those who need to know, each view logged); none once it is deleted.',
  })
  attachments(@Root() m: Message, @Ctx() ctx: Context) {
    return attachmentsOf(ctx, m);
  }
}

@Resolver(() => Meeting)
export class MeetingDocumentsResolver {
  @FieldResolver(() => [Document], {
    description: 'Files shared on the meeting, oldest first: seen by its invitees and the Fedasil staff of its partnerships. Upload with `POST /documents?meetingId=`.',
  })
  documents(@Root() m: Meeting, @Ctx() ctx: Context) {
    return meetingDocumentsOf(ctx, m);
  }
}

@Resolver(() => DocumentVersion)
export class DocumentVersionResolver {
  @FieldResolver(() => User, { nullable: true })
  uploadedBy(@Root() v: DocumentVersion, @Ctx() ctx: Context) {
    return v.uploadedBy ? ctx.loaders.user.load(v.uploadedBy.id) : null;
  }

  @FieldResolver(() => String, { description: 'Download of this version.' })
  downloadUrl(@Root() v: DocumentVersion): string {
    return `/documents/${v.document.id}/download?version=${v.number}`;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Inline preview for images and PDF; null for other types.' })
  previewUrl(@Root() v: DocumentVersion): string | null {
    return ['application/pdf', 'image/png', 'image/jpeg', 'image/webp'].includes(v.contentType) ? `/documents/${v.document.id}/download?version=${v.number}&inline=1` : null;
  }
}
