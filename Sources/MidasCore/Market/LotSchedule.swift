import Foundation

/// The lot size of an index's option contracts: a property of the contract, not the day.
///
/// A contract keeps the lot it was listed with, so on one trade date two expiries can carry
/// different lots; only when a new lot divides the old one does the exchange re-lot every
/// live contract on the change date. The changes are data (`Resources/lot_sizes.csv`).
///
/// A lot quoted in the data (UDiFF bhavcopy `NewBrdLotQty`) is the exchange's own word and
/// wins over this schedule: callers use the quoted lot when a row carries one and ask the
/// schedule only otherwise.
public struct LotSchedule: Sendable {
    /// The index symbol.
    public let symbol: String
    /// The changes in chronological order, the base lot first.
    public let changes: [LotChange]
    /// The expiry schedule that tells weekly from monthly contracts.
    public let expiries: ExpirySchedule

    /// A schedule from explicit changes, applied in order.
    public init(symbol: String, changes: [LotChange], expiries: ExpirySchedule) {
        self.symbol = symbol
        self.changes = changes
        self.expiries = expiries
    }

    /// The schedule of `index` read from a lot file (columns
    /// `symbol,lot,relot_on,first_weekly_expiry,first_monthly_expiry`).
    ///
    /// - Throws: `InputError` naming the file, line and column of a bad row, including a
    ///   re-lot whose lot does not divide the previous one, or a listing change whose does.
    public init(index: IndexSpec, lotsFile: URL, expiries: ExpirySchedule) throws {
        let table = try MarketTable(contentsOf: lotsFile, required: LotSchedule.columns)
        let changes = try LotSchedule.changes(in: table)
        self.init(symbol: index.symbol, changes: changes[index.symbol] ?? [], expiries: expiries)
    }

    /// The standard schedule of `index` (the bundled table) over its standard expiries.
    public static func standard(for index: IndexSpec, calendar: TradingCalendar = .nse) -> LotSchedule {
        LotSchedule(
            symbol: index.symbol, changes: bundledChanges[index.symbol] ?? [],
            expiries: .standard(for: index, calendar: calendar))
    }

    static let columns = ["symbol", "lot", "relot_on", "first_weekly_expiry", "first_monthly_expiry"]

    /// The bundled changes by symbol, parsed once.
    static let bundledChanges: [String: [LotChange]] = {
        do {
            return try changes(in: .bundled("lot_sizes", required: columns))
        } catch {
            fatalError("MidasCore's bundled lot sizes are malformed: \(error)")
        }
    }()

    static func changes(in table: MarketTable) throws -> [String: [LotChange]] {
        var changes: [String: [LotChange]] = [:]
        for row in table.rows {
            let symbol = row.text("symbol").uppercased()
            let lot = try row.positiveInteger("lot")
            let relot = try row.optionalDay("relot_on")
            let firstWeekly = try row.optionalDay("first_weekly_expiry")
            let firstMonthly = try row.optionalDay("first_monthly_expiry")
            guard let previous = changes[symbol]?.last?.lot else {
                guard relot == nil, firstWeekly == nil, firstMonthly == nil else {
                    throw row.error(.badValue, "relot_on", "the first row of \(symbol) is its base lot: no dates")
                }
                changes[symbol] = [LotChange(lot: lot, scope: .base)]
                continue
            }
            let divides = previous % lot == 0
            let scope: LotChange.Scope
            if let relot {
                guard firstWeekly == nil, firstMonthly == nil else {
                    throw row.error(.badValue, "relot_on", "a re-lot names no first expiries")
                }
                guard divides else {
                    throw row.error(.badValue, "lot", "\(lot) does not divide \(previous): not a re-lot")
                }
                scope = .relot(on: relot)
            } else {
                guard let firstWeekly, let firstMonthly else {
                    throw row.error(.badValue, "first_monthly_expiry", "a change needs relot_on or both first expiries")
                }
                guard !divides else {
                    throw row.error(.badValue, "lot", "\(lot) divides \(previous): the exchange re-lots (relot_on)")
                }
                scope = .newContracts(firstWeekly: firstWeekly, firstMonthly: firstMonthly)
            }
            changes[symbol, default: []].append(LotChange(lot: lot, scope: scope))
        }
        return changes
    }

    /// The lot of the contract expiring on `expiry`, as traded on `tradeDate`.
    ///
    /// Returns 0 when the table has no lot for the symbol.
    public func lotSize(expiry: Day, on tradeDate: Day) -> Int {
        var lot = 0
        var monthly: Bool?
        for change in changes {
            switch change.scope {
            case .base:
                lot = change.lot
            case .relot(let day):
                if tradeDate >= day { lot = change.lot }
            case .newContracts(let firstWeekly, let firstMonthly):
                let isMonthly = monthly ?? expiries.isMonthly(expiry)
                monthly = isMonthly
                if expiry >= (isMonthly ? firstMonthly : firstWeekly) { lot = change.lot }
            }
        }
        return lot
    }
}
