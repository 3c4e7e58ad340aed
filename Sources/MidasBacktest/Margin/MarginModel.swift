import MidasCore

/// One leg as a margin model sees it: a contract, signed units and its price per unit.
public struct MarginLeg: Sendable, Equatable {
    /// The strike.
    public var strike: Double
    /// Call or put.
    public var type: OptionType
    /// Signed units: positive long, negative short.
    public var quantity: Int
    /// Premium per unit: the fill price of a new package, the mark of an open one.
    public var price: Double

    /// Creates a leg.
    public init(strike: Double, type: OptionType, quantity: Int, price: Double) {
        self.strike = strike
        self.type = type
        self.quantity = quantity
        self.price = price
    }

    /// The leg's profit at expiry with the underlying at `underlying`, against its price.
    func profit(at underlying: Double) -> Double {
        Double(quantity) * (max(0, type.sign * (underlying - strike)) - price)
    }
}

/// The margin a package blocks (the broker's requirement), rupees: a small protocol in the
/// execution profile so an exchange's exact model can replace the default.
public protocol MarginModel: Sendable {
    /// The margin of one package's legs with the underlying at `spot`; never negative.
    func margin(of legs: [MarginLeg], spot: Double) -> Double
}
