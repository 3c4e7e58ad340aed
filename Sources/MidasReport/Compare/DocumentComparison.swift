/// The first divergence between two JSON documents, walking object keys in sorted order.
enum DocumentComparison {
    /// `nil` when the documents are structurally equal, numbers within `tolerance`.
    static func firstDivergence(
        _ first: JSONValue, _ second: JSONValue, tolerance: Tolerance, path: String = "$"
    ) -> FileDifference.Divergence? {
        switch (first, second) {
        case (.number(let a), .number(let b)):
            if tolerance.matches(a, b) { return nil }
        case (.object(let a), .object(let b)):
            for key in Set(a.keys).union(b.keys).sorted() {
                let childPath = path + "." + key
                guard let childA = a[key], let childB = b[key] else {
                    return .json(path: childPath, first: a[key]?.rendered, second: b[key]?.rendered)
                }
                if let divergence = firstDivergence(childA, childB, tolerance: tolerance, path: childPath) {
                    return divergence
                }
            }
            return nil
        case (.array(let a), .array(let b)):
            for index in 0..<max(a.count, b.count) {
                let childPath = "\(path)[\(index)]"
                guard index < a.count, index < b.count else {
                    return .json(
                        path: childPath, first: index < a.count ? a[index].rendered : nil,
                        second: index < b.count ? b[index].rendered : nil)
                }
                if let divergence = firstDivergence(a[index], b[index], tolerance: tolerance, path: childPath) {
                    return divergence
                }
            }
            return nil
        default:
            if first == second { return nil }
        }
        return .json(path: path, first: first.rendered, second: second.rendered)
    }
}
