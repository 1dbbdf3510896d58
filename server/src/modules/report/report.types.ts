import type { ArrivalRoute, EvaluationObjective, FundingStatementStatus, PartnershipTrack } from '@partner-hub/shared';
import { GraphQLDateTimeISO } from 'graphql-scalars';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { ArrivalRouteEnum, EvaluationObjectiveEnum, PartnershipTrackEnum } from '../../app/enums.js';
import { FundingStatementStatusEnum } from '../payments/index.js';
import { Partnership } from '../partnership/partnership.entity.js';
import { Programme } from '../programme/programme.entity.js';
import { User } from '../user/user.entity.js';

@ObjectType({ description: 'Households and persons of one month and arrival route: arrived (arrival date in the month) and planned (not arrived yet, planned in the month).' })
export class ReportMonthRoute {
  @Field(() => Int, { description: '1 to 12.' }) month!: number;
  @Field(() => ArrivalRouteEnum) arrivalRoute!: ArrivalRoute;
  @Field(() => Int) households!: number;
  @Field(() => Int) persons!: number;
  @Field(() => Int) plannedHouseholds!: number;
  @Field(() => Int) plannedPersons!: number;
}

@ObjectType({ description: "A partnership's feedback rounds of the year (periods starting in it)." })
export class ReportFeedback {
  @Field(() => Int) rounds!: number;
  @Field(() => Int) accepted!: number;
  @Field(() => Int, { description: 'Submitted, waiting for the contact person.' }) submitted!: number;
  @Field(() => Int, { description: 'Open or sent back, not yet due.' }) open!: number;
  @Field(() => Int, { description: 'Open or sent back past their due date.' }) overdue!: number;
}

@ObjectType({ description: 'A rating on one objective.' })
export class ReportRating {
  @Field(() => EvaluationObjectiveEnum) objective!: EvaluationObjective;
  @Field(() => Int, { description: '1 (poor) to 5 (excellent).' }) rating!: number;
}

@ObjectType({ description: "The partnership's last signed-off evaluation meeting of the year." })
export class ReportEvaluation {
  @Field(() => ID) meetingId!: string;
  @Field(() => String) title!: string;
  @Field(() => GraphQLDateTimeISO) startsAt!: Date;
  @Field(() => [ReportRating]) ratings!: ReportRating[];
}

@ObjectType({ description: "One partnership's line of the yearly report (funding in euro cents, from its statement of the year)." })
export class ReportPartnership {
  @Field(() => Partnership) partnership!: Partnership;
  @Field(() => PartnershipTrackEnum) track!: PartnershipTrack;
  @Field(() => Int, { description: 'Households on the statement of the year (funding year = the year).' }) households!: number;
  @Field(() => Int) persons!: number;
  @Field(() => Int, { description: 'Funding committed: the statement of the year as it is now.' }) committedCents!: number;
  @Field(() => Int, { nullable: true, description: 'The approved total; null while draft.' }) approvedCents!: number | null;
  @Field(() => Int) paidCents!: number;
  @Field(() => FundingStatementStatusEnum) statementStatus!: FundingStatementStatus;
  @Field(() => ReportFeedback) feedback!: ReportFeedback;
  @Field(() => ReportEvaluation, { nullable: true }) evaluation!: ReportEvaluation | null;
}

@ObjectType({ description: 'The average rating of an objective over the partnerships evaluated in the year.' })
export class ReportObjective {
  @Field(() => EvaluationObjectiveEnum) objective!: EvaluationObjective;
  @Field(() => Float, { nullable: true, description: 'Null when no partnership was evaluated.' }) average!: number | null;
  @Field(() => Int) evaluations!: number;
}

@ObjectType({ description: 'The sums of the yearly report.' })
export class ReportTotals {
  @Field(() => Int) households!: number;
  @Field(() => Int) persons!: number;
  @Field(() => Int) committedCents!: number;
  @Field(() => Int) approvedCents!: number;
  @Field(() => Int) paidCents!: number;
  @Field(() => Int) arrivedPersons!: number;
  @Field(() => Int) plannedPersons!: number;
}

@ObjectType({ description: "The resettlement team's yearly report across the partnerships the viewer follows (admins: all)." })
export class YearlyReport {
  @Field(() => Programme) programme!: Programme;
  @Field(() => Int) year!: number;
  @Field(() => [ReportMonthRoute], { description: 'Twelve months by arrival route.' }) months!: ReportMonthRoute[];
  @Field(() => [ReportPartnership]) partnerships!: ReportPartnership[];
  @Field(() => [ReportObjective]) objectives!: ReportObjective[];
  @Field(() => ReportTotals) totals!: ReportTotals;
  @Field(() => String, { description: 'The partnerships table as CSV (session cookie); .xlsx for Excel.' }) csvUrl!: string;
  @Field(() => String, { description: 'The months table as CSV (session cookie); .xlsx for Excel.' }) monthsCsvUrl!: string;
}

@ObjectType({ description: "A partner user's acknowledgement of a meeting's minutes." })
export class MinutesAcknowledgementView {
  @Field(() => User, { nullable: true, description: 'Null for a removed account.' }) user!: User | null;
  @Field(() => GraphQLDateTimeISO) at!: Date;
  @Field(() => Boolean, { description: 'Of the minutes as they are now (false: they changed since).' }) current!: boolean;
}

@ObjectType({ description: "A meeting's minutes (and evaluation) as a PDF, and who acknowledged them." })
export class MinutesStatus {
  @Field(() => ID, { description: 'The meeting id.' }) id!: string;
  @Field(() => Boolean, { description: 'Minutes exist: the meeting took place with something recorded, or its evaluation is signed off.' }) available!: boolean;
  @Field(() => String, { description: 'The PDF (session cookie), in the viewer’s language.' }) pdfUrl!: string;
  @Field(() => String, { description: 'SHA-256 of the content the viewer reads (printed at the end of the PDF).' }) digest!: string;
  @Field(() => Boolean, { description: 'A partner user invited to the meeting who has not acknowledged this version yet.' }) viewerCanAcknowledge!: boolean;
  @Field(() => GraphQLDateTimeISO, { nullable: true }) viewerAcknowledgedAt!: Date | null;
  @Field(() => Boolean, { description: "The viewer's last acknowledgement is of the minutes as they are now." }) viewerAcknowledgementCurrent!: boolean;
  @Field(() => [MinutesAcknowledgementView], { description: "Each person's last acknowledgement: all of them for the meeting's Fedasil staff, one's own for partners." })
  acknowledgements!: MinutesAcknowledgementView[];
}
