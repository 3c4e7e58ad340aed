import MidasCore

/// The Indian cost schedule of index options as date-effective data (MARKET.md "Transaction costs").
///
/// Each item is a list of rates with the day they start; a fill uses the rates of its own date, so
/// one round trip can straddle a change. The pipeline's `execution.costs` replaces any item.
public struct IndianCostSchedule: Sendable, Equatable {
    /// STT on the sale of an option, of premium turnover.
    public var sttOnSale: [DatedRate]
    /// STT on the exercise of a long in-the-money option at expiry, of intrinsic value.
    public var sttOnExercise: [DatedRate]
    /// The exchange's transaction charge, both sides, of premium turnover.
    public var transactionCharge: [DatedRate]
    /// SEBI's turnover fee, both sides, of premium turnover.
    public var sebiFee: [DatedRate]
    /// Stamp duty on buys, of premium turnover.
    public var stampDuty: [DatedRate]
    /// GST, of brokerage + transaction charge + SEBI fee.
    public var gst: [DatedRate]
    /// Brokerage per executed order (one order per leg), in rupees.
    public var brokeragePerOrder: Double

    /// Creates a schedule; each list sorted by `from`.
    public init(
        sttOnSale: [DatedRate], sttOnExercise: [DatedRate], transactionCharge: [DatedRate],
        sebiFee: [DatedRate], stampDuty: [DatedRate], gst: [DatedRate], brokeragePerOrder: Double
    ) {
        self.sttOnSale = sttOnSale
        self.sttOnExercise = sttOnExercise
        self.transactionCharge = transactionCharge
        self.sebiFee = sebiFee
        self.stampDuty = stampDuty
        self.gst = gst
        self.brokeragePerOrder = brokeragePerOrder
    }

    /// NSE index options as MARKET.md records them, with a flat ₹20 brokerage per order.
    public static let nse = IndianCostSchedule(
        sttOnSale: [
            DatedRate(from: .distantPast, rate: 0.000_17),
            DatedRate(from: day(2016, 6, 1), rate: 0.000_5),
            DatedRate(from: day(2023, 4, 1), rate: 0.000_625),
            DatedRate(from: day(2024, 10, 1), rate: 0.001),
            DatedRate(from: day(2026, 4, 1), rate: 0.001_5),
        ],
        sttOnExercise: [
            DatedRate(from: .distantPast, rate: 0.001_25),
            DatedRate(from: day(2026, 4, 1), rate: 0.001_5),
        ],
        transactionCharge: [
            DatedRate(from: .distantPast, rate: 0.000_5),
            DatedRate(from: day(2024, 10, 1), rate: 0.000_350_3),
            DatedRate(from: day(2026, 3, 1), rate: 0.000_355_3),
        ],
        sebiFee: [DatedRate(from: .distantPast, rate: 0.000_001)],
        stampDuty: [DatedRate(from: day(2020, 7, 1), rate: 0.000_03)],
        gst: [DatedRate(from: .distantPast, rate: 0.18)],
        brokeragePerOrder: 20
    )

    private static func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Day {
        Day(year: year, month: month, day: dayOfMonth)!
    }
}

extension Day {
    /// A day before any market data (1900-01-01): the start of a schedule's first rate.
    public static let distantPast = Day(year: 1900, month: 1, day: 1)!
}
