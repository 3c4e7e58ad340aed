import MidasCore

/// The exchange's lot schedule sizes every contract the data does not size itself.
extension LotSchedule: LotSizing {}
