import MidasCore

extension IndianCostSchedule {
    /// The schedule with the pipeline's `execution.costs` overrides applied.
    ///
    /// Keys: `brokerage_per_order` (rupees), and `stt_on_sale`, `stt_on_exercise`,
    /// `transaction_charge`, `sebi_fee`, `stamp_duty`, `gst`, each either a fraction (one rate for
    /// every date) or a list `[{from: YYYY-MM-DD, rate: x}, …]` in increasing date order, which
    /// replaces that item's schedule.
    public func overridden(by node: ConfigNode) throws -> IndianCostSchedule {
        let items: [(String, WritableKeyPath<IndianCostSchedule, [DatedRate]>)] = [
            ("stt_on_sale", \.sttOnSale), ("stt_on_exercise", \.sttOnExercise),
            ("transaction_charge", \.transactionCharge), ("sebi_fee", \.sebiFee),
            ("stamp_duty", \.stampDuty), ("gst", \.gst),
        ]
        try node.requireKeys(in: Set(items.map(\.0) + ["brokerage_per_order"]))
        var result = self
        if let brokerage = try node.optional("brokerage_per_order") {
            result.brokeragePerOrder = try brokerage.double(in: 0...Double.greatestFiniteMagnitude)
        }
        for (key, path) in items {
            guard let item = try node.optional(key) else { continue }
            result[keyPath: path] = try Self.rates(item)
        }
        return result
    }

    private static func rates(_ node: ConfigNode) throws -> [DatedRate] {
        if case .scalar = node.value { return [DatedRate(from: .distantPast, rate: try node.double(in: 0...1))] }
        var rates: [DatedRate] = []
        for element in try node.elements() {
            try element.requireKeys(in: ["from", "rate"])
            let from = try element.required("from").day()
            guard rates.last.map({ $0.from < from }) ?? true else {
                throw element.error(.badValue, "entries must be in increasing date order")
            }
            rates.append(DatedRate(from: from, rate: try element.required("rate").double(in: 0...1)))
        }
        return rates
    }
}
