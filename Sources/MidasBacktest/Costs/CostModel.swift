import MidasCore

/// What a cost model prices: one leg's trade, or the exercise of a long leg at expiry.
public struct CostRequest: Sendable, Equatable {
    /// The kind of event charged.
    public enum Event: Sendable, Equatable {
        /// An executed order on `side` at `price` (premium per unit).
        case trade(Side)
        /// A long in-the-money option exercised at expiry; `price` is its intrinsic value per unit.
        case exercise
    }

    /// The event.
    public var event: Event
    /// The day of the fill: its rates apply.
    public var day: Day
    /// Premium (or intrinsic value) per unit.
    public var price: Double
    /// Units (lots × lot size).
    public var quantity: Int

    /// Creates a request.
    public init(event: Event, day: Day, price: Double, quantity: Int) {
        self.event = event
        self.day = day
        self.price = price
        self.quantity = quantity
    }

    /// Premium turnover: price × quantity.
    public var turnover: Double { price * Double(quantity) }
}

/// The charges of one request, item by item, in rupees.
public struct CostBreakdown: Sendable, Equatable {
    /// Brokerage.
    public var brokerage: Double = 0
    /// Securities transaction tax (on sales or on exercise).
    public var stt: Double = 0
    /// Exchange transaction charge.
    public var transactionCharge: Double = 0
    /// SEBI turnover fee.
    public var sebiFee: Double = 0
    /// Stamp duty.
    public var stampDuty: Double = 0
    /// GST.
    public var gst: Double = 0

    /// Creates a breakdown (all zero by default).
    public init(
        brokerage: Double = 0, stt: Double = 0, transactionCharge: Double = 0, sebiFee: Double = 0,
        stampDuty: Double = 0, gst: Double = 0
    ) {
        self.brokerage = brokerage
        self.stt = stt
        self.transactionCharge = transactionCharge
        self.sebiFee = sebiFee
        self.stampDuty = stampDuty
        self.gst = gst
    }

    /// The sum of every item.
    public var total: Double { brokerage + stt + transactionCharge + sebiFee + stampDuty + gst }
}

/// Prices the costs of fills and exercises (LEAN's `IFeeModel`): a small protocol on a request value.
public protocol CostModel: Sendable {
    /// The charges of one request.
    func costs(of request: CostRequest) -> CostBreakdown
}
