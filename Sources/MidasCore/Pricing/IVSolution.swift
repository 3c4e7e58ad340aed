/// The result of one implied-volatility solve.
public struct IVSolution: Sendable, Equatable {
    /// The volatility (fraction, 0.2 = 20%) that reprices the price; NaN unless `status == .ok`.
    public var vol: Double
    /// `ok`, or why no volatility reproduces the price.
    public var status: IVStatus

    /// Creates a result.
    public init(vol: Double, status: IVStatus) {
        self.vol = vol
        self.status = status
    }

    /// No volatility, for the reason given.
    public static func failed(_ status: IVStatus) -> IVSolution {
        IVSolution(vol: .nan, status: status)
    }
}
