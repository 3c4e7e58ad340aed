import MidasCore

/// The exchange's lot schedule is the default lot sizing of a run.
extension LotSchedule: LotSizing {}
