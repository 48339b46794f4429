/** The totals object of workbook.md ("Totals"): serialisable, ISO date strings only. */
import type { IsoDate } from '../dates';

export interface Figures {
  sites: number;
  types: number;
  newSites: number;
  replicatedSites: number;
  launchedInPeriod: number;
  retiredInPeriod: number;
  byStatus: Record<string, number>;
  bySector: Record<string, number>;
  byRating: Record<string, number>;
  meetingsOnTime: number;
  invalidRows: number;
}

export interface DistrictFigures extends Figures {
  unitsWithSites: number;
  unitsTotal: number;
  awards: Record<string, number>;
}

export type Confirmation = 'on-time' | 'late' | 'missing';

export interface UnitFigures extends Figures {
  code: string;
  name: string;
  confirmed: Confirmation;
}

export interface TypeFigures {
  type: string;
  field: string;
  sites: number;
  units: number;
}

export interface PreviousFigures {
  asOf: IsoDate;
  sites: number;
  types: number;
  unitsWithSites: number;
}

export interface Totals {
  asOf: IsoDate;
  from: IsoDate;
  district: DistrictFigures;
  units: UnitFigures[];
  byType: TypeFigures[];
  previous: PreviousFigures;
}
