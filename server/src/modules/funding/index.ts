/**
 * The public face of the funding module: what other modules import (it has no entities of its
 * own). Add here what another module needs rather than reaching into the files.
 */
export { fundingOf, fundingSnapshot, type FundingSnapshot, fundingYear, householdFunding, householdFundingRead, partnershipFundingTotal } from './funding.service.js';
