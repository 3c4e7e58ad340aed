/// O(n) building blocks for sliding windows over contiguous arrays.
enum WindowStatistics {
    /// Prefix sums: `result[j]` is the sum of `values[0..<j]` (count + 1 entries).
    static func prefixSums(_ values: [Double]) -> [Double] {
        var sums = [Double](repeating: 0, count: values.count + 1)
        var total = 0.0
        for (index, value) in values.enumerated() {
            total += value
            sums[index + 1] = total
        }
        return sums
    }

    /// Sliding maxima (or minima): `result[j]` is the extreme of `values[j − window + 1 ... j]`,
    /// NaN while fewer than `window` values exist. A monotonic deque keeps it O(n).
    static func slidingExtremes(_ values: [Double], window: Int, maximum: Bool) -> [Double] {
        var result = [Double](repeating: .nan, count: values.count)
        guard window > 0 else { return result }
        var deque = [Int]()
        deque.reserveCapacity(values.count)
        var head = 0
        for index in values.indices {
            let value = values[index]
            while deque.count > head {
                let back = values[deque[deque.count - 1]]
                guard maximum ? back <= value : back >= value else { break }
                deque.removeLast()
            }
            deque.append(index)
            if deque[head] <= index - window { head += 1 }
            if index >= window - 1 { result[index] = values[deque[head]] }
        }
        return result
    }
}
