import MidasCore

/// The engine's gate on an entry: sizes the package and checks its margin against the free margin.
///
/// Free margin is the equity (cash + open positions at their marks) less the margin of the open
/// positions (each trade's open legs at their marks, as one package, with the underlying at spot).
struct MarginCheck {
    /// The margin model.
    var model: any MarginModel
    /// How many packages an entry opens.
    var sizing: PositionSizing

    /// What the gate decides for one entry.
    enum Outcome: Equatable {
        /// Open `packages` times the order.
        case admitted(packages: Int)
        /// Skip the entry, for this reason.
        case refused(String)
    }

    /// The outcome for `package` (one package's legs at their fill prices) given the account.
    func admit(_ package: [MarginLeg], equity: Double, open: [OpenTrade], spot: Double) -> Outcome {
        let perPackage = model.margin(of: package, spot: spot)
        var packages = 1
        if case .marginFraction(let fraction) = sizing, perPackage > 0 {
            packages = Int((fraction * equity / perPackage).rounded(.down))
            guard packages >= 1 else {
                return .refused(
                    "margin per package \(Self.rupees(perPackage)) exceeds \(fraction.shortestText) of equity "
                        + Self.rupees(equity))
            }
        }
        let needed = perPackage * Double(packages)
        let blocked = open.reduce(0) { $0 + model.margin(of: Self.legs(of: $1), spot: spot) }
        let free = equity - blocked
        guard needed <= free else {
            return .refused("margin needed \(Self.rupees(needed)) exceeds free \(Self.rupees(free))")
        }
        return .admitted(packages: packages)
    }

    /// A trade's open legs at their marks.
    static func legs(of trade: OpenTrade) -> [MarginLeg] {
        trade.legs.filter(\.isOpen).map {
            MarginLeg(strike: $0.strike, type: $0.type, quantity: $0.quantity, price: $0.mark)
        }
    }

    /// Rupees to the paisa, as decisions write them.
    static func rupees(_ value: Double) -> String { ((value * 100).rounded() / 100).shortestText }
}
