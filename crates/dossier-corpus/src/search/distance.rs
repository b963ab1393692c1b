//! Edit distance with a bound: whether two words are at most `k` edits
//! apart (insertions, deletions, substitutions, and swaps of two neighbours,
//! the commonest typo). The bound lets it stop as soon as a row of the table
//! exceeds `k`, so scanning a large vocabulary stays cheap.

/// True when `a` and `b` are within `k` edits.
pub fn within_edits(a: &str, b: &str, k: usize) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().abs_diff(b.len()) > k {
        return false;
    }
    // Three rows of the table: two back (for swaps), one back, this one.
    let mut before: Vec<usize> = Vec::new();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut row = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j] + 1)
                .min(row[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                if let Some(two_back) = before.get(j - 2) {
                    best = best.min(two_back + 1);
                }
            }
            row[j] = best;
        }
        if row.iter().min().copied().unwrap_or(0) > k {
            return false;
        }
        before = std::mem::replace(&mut previous, row);
    }
    previous[b.len()] <= k
}
