import MidasCore

extension ConfigNode {
    /// A whole number at or above `minimum`.
    func count(from minimum: Int) throws -> Int {
        let value = try int()
        guard value >= minimum else { throw error(.badValue, "\(value) is below \(minimum)") }
        return value
    }

    /// A number above zero.
    func positive() throws -> Double {
        let value = try double()
        guard value > 0 else { throw error(.badValue, "\(value) is not positive") }
        return value
    }
}
