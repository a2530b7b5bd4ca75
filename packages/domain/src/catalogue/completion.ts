import type { ArtistDetails, ProfileInput, RiderFile, VenueTechnicalSpecs } from './details.ts';

/** One item of the completion checklist: the field path shown to the owner and whether it is filled. */
interface Check {
  readonly field: string;
  readonly done: boolean;
}

export interface Completion {
  /** 0–100, rounded down: 100 only when every item is filled. */
  readonly percent: number;
  readonly missing: readonly string[];
}

const some = (v: readonly unknown[] | undefined) => (v?.length ?? 0) > 0;
const filled = (v: string | null | undefined) => typeof v === 'string' && v.trim().length > 0;

/** The structured rider says at least what the stage and the desk must offer. */
function structuredRider(r: ArtistDetails['technicalRider']): boolean {
  return r?.inputs !== undefined || (r?.stageWidthM !== undefined && r.stageDepthM !== undefined);
}

/** A rider document is an uploaded PDF or a link to one. */
const riderDocument = (
  r: { readonly pdfUrl?: string | undefined; readonly file?: RiderFile | undefined } | undefined,
) => r?.file !== undefined || filled(r?.pdfUrl);

/** A touring crew advances a show from stage size, power, rigging and the gear in house. */
function venueSpecChecks(s: VenueTechnicalSpecs | undefined): Check[] {
  return [
    {
      field: 'details.technicalSpecs.stage',
      done: s?.stageWidthM !== undefined && s.stageDepthM !== undefined,
    },
    { field: 'details.technicalSpecs.powerKw', done: s?.powerKw !== undefined },
    { field: 'details.technicalSpecs.riggingPoints', done: s?.riggingPoints !== undefined },
    { field: 'details.technicalSpecs.inventory', done: some(s?.desks) || some(s?.pa) || some(s?.backline) },
  ];
}

function kindChecks(p: ProfileInput): Check[] {
  switch (p.kind) {
    case 'artist':
      return [
        { field: 'genres', done: some(p.genres) },
        { field: 'details.fees', done: some(p.details.fees) },
        { field: 'details.audienceDraw', done: p.details.audienceDraw !== undefined },
        { field: 'details.technicalRider', done: structuredRider(p.details.technicalRider) },
        { field: 'details.technicalRider.file', done: riderDocument(p.details.technicalRider) },
        {
          field: 'details.hospitalityRider',
          done: filled(p.details.hospitalityRider?.text) || riderDocument(p.details.hospitalityRider),
        },
        { field: 'details.tourSchedule', done: some(p.details.tourSchedule) },
      ];
    case 'venue':
      return [
        { field: 'genres', done: some(p.genres) },
        { field: 'details.budget', done: p.details.budget !== undefined },
        ...venueSpecChecks(p.details.technicalSpecs),
        { field: 'details.licence', done: p.details.licence !== undefined },
        { field: 'details.pastProgramming', done: some(p.details.pastProgramming) },
      ];
    case 'street_arts_company':
      return [
        { field: 'details.spaceRequirements', done: p.details.spaceRequirements !== undefined },
        { field: 'details.insurance', done: p.details.insurance !== undefined },
        { field: 'details.certifications', done: some(p.details.certifications) },
      ];
    case 'technician':
      return [
        { field: 'genres', done: some(p.genres) },
        { field: 'details.equipment', done: some(p.details.equipment) },
        { field: 'details.certifications', done: some(p.details.certifications) },
        { field: 'details.insurance', done: p.details.insurance !== undefined },
        { field: 'details.venuesWorked', done: some(p.details.venuesWorked) },
      ];
    case 'service_provider':
      return [
        { field: 'details.prices', done: p.details.prices !== undefined },
        { field: 'details.insurance', done: p.details.insurance !== undefined },
        { field: 'details.certifications', done: some(p.details.certifications) },
      ];
    case 'municipality':
      return [
        { field: 'details.cultureBudgetCents', done: p.details.cultureBudgetCents !== undefined },
        { field: 'details.publicSpaces', done: some(p.details.publicSpaces) },
        { field: 'details.procurementContact', done: p.details.procurementContact !== undefined },
      ];
    case 'campsite':
      return [
        { field: 'details.budgetPerShow', done: p.details.budgetPerShow !== undefined },
        { field: 'details.audiences', done: some(p.details.audiences) },
      ];
    case 'audiovisual_production':
      return [
        { field: 'details.crewNeeds', done: some(p.details.crewNeeds) },
        { field: 'details.extrasCalls', done: some(p.details.extrasCalls) },
      ];
  }
}

/** How complete a profile is, and what to fill next; required fields count as the baseline. */
export function profileCompletion(p: ProfileInput): Completion {
  const checks: Check[] = [
    { field: 'description', done: filled(p.description) && (p.description?.trim().length ?? 0) >= 80 },
    { field: 'city', done: filled(p.city) },
    { field: 'languages', done: some(p.languages) },
    { field: 'mediaLinks', done: some(p.mediaLinks) },
    ...kindChecks(p),
  ];
  const done = checks.filter((c) => c.done).length;
  return {
    percent: Math.floor((done * 100) / checks.length),
    missing: checks.filter((c) => !c.done).map((c) => c.field),
  };
}
