import Foundation
import MidasCore

/// A small deterministic random stream (SplitMix64), keyed by the values it belongs to.
///
/// The generator never uses a global or time-seeded source: every draw comes from a stream
/// keyed by (seed, day, purpose, …), so a day's numbers do not depend on which other days are
/// generated, in which order, or on how many threads do it.
struct RandomStream {
    private var state: UInt64

    /// A stream keyed by `keys` (mixed in order).
    init(_ keys: UInt64...) {
        var state: UInt64 = 0x6D69_6461_735F_6765  // "midas_ge"
        for key in keys { state = RandomStream.mix(state ^ key) &+ 0x9E37_79B9_7F4A_7C15 }
        self.state = state
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return RandomStream.mix(state)
    }

    /// A uniform value in [0, 1).
    mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A standard normal value (Box–Muller; one of the pair is discarded so every call
    /// consumes the same amount of the stream).
    mutating func normal() -> Double {
        let u = 1 - uniform()
        let v = uniform()
        return (-2 * log(u)).squareRoot() * cos(2 * Double.pi * v)
    }

    /// SplitMix64's finaliser: a bijective scramble of 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension Day {
    /// The day as a stream key.
    var streamKey: UInt64 { UInt64(bitPattern: Int64(daysSinceEpoch)) }
}
