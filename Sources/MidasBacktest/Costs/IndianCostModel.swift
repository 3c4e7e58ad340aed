import MidasCore

/// The Indian cost model: every item of an `IndianCostSchedule` at the rates of the request's day.
///
/// Amounts are not rounded to the rupee (brokers round STT and stamp duty per contract note; a
/// backtest keeps the exact fractions so totals add up).
public struct IndianCostModel: CostModel {
    /// The schedule charged.
    public var schedule: IndianCostSchedule

    /// Creates a model over a schedule.
    public init(schedule: IndianCostSchedule = .nse) {
        self.schedule = schedule
    }

    /// Brokerage, STT on sales, transaction charge, SEBI fee, stamp duty on buys and GST for a
    /// trade; STT on exercise alone for an exercise.
    public func costs(of request: CostRequest) -> CostBreakdown {
        let turnover = request.turnover
        let day = request.day
        switch request.event {
        case .exercise:
            return CostBreakdown(stt: turnover * schedule.sttOnExercise.rate(on: day))
        case .trade(let side):
            var costs = CostBreakdown()
            costs.brokerage = schedule.brokeragePerOrder
            costs.stt = side == .sell ? turnover * schedule.sttOnSale.rate(on: day) : 0
            costs.transactionCharge = turnover * schedule.transactionCharge.rate(on: day)
            costs.sebiFee = turnover * schedule.sebiFee.rate(on: day)
            costs.stampDuty = side == .buy ? turnover * schedule.stampDuty.rate(on: day) : 0
            costs.gst = (costs.brokerage + costs.transactionCharge + costs.sebiFee) * schedule.gst.rate(on: day)
            return costs
        }
    }
}
