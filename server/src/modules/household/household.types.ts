import type { FundingLineKind, SpecificNeed } from '@partner-hub/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { FundingLineKindEnum, SpecificNeedEnum } from '../../app/enums.js';

@ObjectType({ description: 'What the viewer may do with a household; the client shows only these actions.' })
export class HouseholdViewerCan {
  @Field(() => Boolean) view!: boolean;
  @Field(() => Boolean) update!: boolean;
  @Field(() => Boolean) recordArrival!: boolean;
  @Field(() => Boolean) extendGuidance!: boolean;
  @Field(() => Boolean, { description: 'May withdraw the extension now (extended, and the second year has not started).' }) withdrawExtension!: boolean;
  @Field(() => Boolean) viewSpecificNeeds!: boolean;
  @Field(() => Boolean) updateSpecificNeeds!: boolean;
  @Field(() => Boolean) viewFunding!: boolean;
  @Field(() => Boolean, { description: 'May end guidance early now (policy, guidance started and not ended).' }) endGuidance!: boolean;
  @Field(() => Boolean, { description: 'May transfer the household to another partnership now (policy, guidance not ended).' }) transfer!: boolean;
  @Field(() => Boolean, { description: 'May change the steps of the guidance plan.' }) updateStep!: boolean;
  @Field(() => Boolean, { description: 'May record housing and the next-home search.' }) updateHousing!: boolean;
  @Field(() => Boolean, { description: 'May add documents to this household.' }) uploadDocument!: boolean;
  @Field(() => Boolean, { description: 'May add (and see) identity, residence and medical papers.' }) uploadSensitiveDocument!: boolean;
}

@ObjectType({ description: 'Specific needs of a household: sensitive, need-to-know; every read is logged.' })
export class SpecificNeeds {
  @Field(() => [SpecificNeedEnum])
  needs!: SpecificNeed[];

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType({ description: 'One line of a funding calculation, in euro cents.' })
export class FundingLine {
  @Field(() => FundingLineKindEnum)
  kind!: FundingLineKind;

  @Field(() => Int, { description: 'Number of persons the line counts.' })
  quantity!: number;

  @Field(() => Int, { description: 'Amount per person, in euro cents.' })
  unitCents!: number;

  @Field(() => Int, { description: 'quantity x unitCents, in euro cents.' })
  amountCents!: number;

  @Field(() => String, { nullable: true, description: 'The day the amount counts from (YYYY-MM-DD): the start of guidance, of the second year, or the day a later member joined; null while planned.' })
  from?: string | null;
}

@ObjectType({ description: "A household's flat-amount funding: its lines and total, in euro cents." })
export class Funding {
  @Field(() => [FundingLine])
  lines!: FundingLine[];

  @Field(() => Int, { description: 'Sum of the lines, in euro cents.' })
  totalCents!: number;

  @Field(() => Int, { nullable: true, description: 'Year of the tariff applied; null when the programme has no tariff.' })
  tariffYear!: number | null;
}
