//! The region a corpus is about: the box around its places, without the
//! few that lie far from the rest. A corpus on Iraq that also names
//! Washington should show Iraq and its neighbours, not the Atlantic; the app
//! lists the far places beside the map instead (they are the ones
//! [`BBox::contains`] rejects).

use super::basemap::BBox;

/// A place further than this many times the median distance from the
/// centre is far from the rest...
const FAR_FACTOR: f64 = 4.0;
/// ...unless it is within this many degrees of the centre: a region is at
/// least this big, so a tight cluster does not push out its neighbours.
const NEAR_DEGREES: f64 = 15.0;
/// Each side is widened by this share of the box's span...
const PAD_SHARE: f64 = 0.15;
/// ...and by at least this many degrees, so one city still has a country
/// around it.
const PAD_DEGREES: f64 = 3.0;
/// The drawing's height over its width stays between these, by widening
/// the shorter side, so a corpus along a line still gets a usable map.
const ASPECT: (f64, f64) = (0.5, 1.5);

/// The box around the places the corpus is about, padded; `None` when no
/// place has valid coordinates. `places` are `[latitude, longitude]`.
///
/// The centre is the median latitude and longitude, which a few far places
/// cannot move. A place is kept when its distance from the centre is at
/// most `FAR_FACTOR` times the median distance, or within `NEAR_DEGREES`;
/// the box holds the kept places. A corpus spread evenly over the world
/// keeps all of them, because its median distance is large too.
pub fn frame(places: &[[f64; 2]]) -> Option<BBox> {
    let places: Vec<[f64; 2]> = places
        .iter()
        .copied()
        .filter(|&[latitude, longitude]| {
            (-90.0..=90.0).contains(&latitude) && (-180.0..=180.0).contains(&longitude)
        })
        .collect();
    let centre = [
        median(places.iter().map(|place| place[0]))?,
        median(places.iter().map(|place| place[1]))?,
    ];
    let shrink = centre[0].to_radians().cos();
    let distance = |[latitude, longitude]: [f64; 2]| {
        (latitude - centre[0]).hypot((longitude - centre[1]) * shrink)
    };
    let typical = median(places.iter().map(|&place| distance(place)))?;
    let reach = (typical * FAR_FACTOR).max(NEAR_DEGREES);
    let kept = places
        .iter()
        .copied()
        .filter(|&place| distance(place) <= reach);
    let tight = kept.fold(None, |bbox: Option<BBox>, [latitude, longitude]| {
        Some(match bbox {
            None => BBox {
                south: latitude,
                west: longitude,
                north: latitude,
                east: longitude,
            },
            Some(bbox) => BBox {
                south: bbox.south.min(latitude),
                west: bbox.west.min(longitude),
                north: bbox.north.max(latitude),
                east: bbox.east.max(longitude),
            },
        })
    })?;
    Some(fit_aspect(pad(tight)))
}

/// The middle value (the mean of the two middle ones for an even count), or
/// `None` for no values.
fn median(values: impl Iterator<Item = f64>) -> Option<f64> {
    let mut values: Vec<f64> = values.collect();
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    match values.len() {
        0 => None,
        count if count % 2 == 1 => values.get(middle).copied(),
        _ => Some((values[middle - 1] + values[middle]) / 2.0),
    }
}

/// The box widened on every side, and kept on the globe.
fn pad(bbox: BBox) -> BBox {
    let vertical = ((bbox.north - bbox.south) * PAD_SHARE).max(PAD_DEGREES);
    let horizontal = ((bbox.east - bbox.west) * PAD_SHARE).max(PAD_DEGREES);
    clamp(BBox {
        south: bbox.south - vertical,
        west: bbox.west - horizontal,
        north: bbox.north + vertical,
        east: bbox.east + horizontal,
    })
}

/// The box widened on its shorter side until its drawing's aspect lies in
/// [`ASPECT`].
fn fit_aspect(bbox: BBox) -> BBox {
    let aspect = bbox.height_for(1.0);
    let (low, high) = ASPECT;
    if aspect < low {
        let grow =
            ((bbox.east - bbox.west) * bbox.x_shrink() * low - (bbox.north - bbox.south)) / 2.0;
        clamp(BBox {
            south: bbox.south - grow,
            north: bbox.north + grow,
            ..bbox
        })
    } else if aspect > high {
        let grow =
            ((bbox.north - bbox.south) / high / bbox.x_shrink() - (bbox.east - bbox.west)) / 2.0;
        clamp(BBox {
            west: bbox.west - grow,
            east: bbox.east + grow,
            ..bbox
        })
    } else {
        bbox
    }
}

/// The box cut to latitudes where the projection is still readable, and to
/// the longitudes of one world (the map does not wrap around).
fn clamp(bbox: BBox) -> BBox {
    BBox {
        south: bbox.south.max(-85.0),
        west: bbox.west.max(-180.0),
        north: bbox.north.min(85.0),
        east: bbox.east.min(180.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The frame of `places`, which must hold every `inside` place and none
    /// of the `outside` ones.
    fn check(places: &[[f64; 2]], inside: &[[f64; 2]], outside: &[[f64; 2]]) -> BBox {
        let bbox = frame(places).expect("a frame");
        for &place in inside {
            assert!(bbox.contains(place), "{place:?} should be inside {bbox:?}");
        }
        for &place in outside {
            assert!(
                !bbox.contains(place),
                "{place:?} should be outside {bbox:?}"
            );
        }
        bbox
    }

    const BAGHDAD: [f64; 2] = [33.3152, 44.3661];
    const TEHRAN: [f64; 2] = [35.6892, 51.389];
    const BASRA: [f64; 2] = [30.5085, 47.79];
    const MOSUL: [f64; 2] = [36.335, 43.13];
    const ANKARA: [f64; 2] = [39.9334, 32.8597];
    const WASHINGTON: [f64; 2] = [38.9072, -77.0369];

    #[test]
    fn a_far_place_is_left_out_and_the_cluster_framed() {
        let places = [BAGHDAD, BAGHDAD, TEHRAN, BASRA, MOSUL, ANKARA, WASHINGTON];
        let bbox = check(
            &places,
            &[BAGHDAD, TEHRAN, BASRA, MOSUL, ANKARA],
            &[WASHINGTON],
        );
        // The padding leaves room around the kept places.
        assert!(bbox.west <= ANKARA[1] - PAD_DEGREES && bbox.east >= TEHRAN[1] + PAD_DEGREES);
        assert!(bbox.east - bbox.west < 40.0, "{bbox:?} is not a region");
    }

    #[test]
    fn two_equal_clusters_are_both_framed() {
        let places = [BAGHDAD, TEHRAN, WASHINGTON, [40.0583, -74.4057]];
        check(&places, &places, &[]);
    }

    #[test]
    fn one_place_gets_a_country_sized_box() {
        let bbox = check(&[BAGHDAD], &[BAGHDAD, [35.0, 46.0]], &[TEHRAN]);
        assert_eq!(bbox.north - bbox.south, 2.0 * PAD_DEGREES);
    }

    #[test]
    fn a_row_of_places_still_gets_a_usable_aspect() {
        let row: Vec<[f64; 2]> = (0..10).map(|step| [0.0, f64::from(step) * 3.0]).collect();
        let bbox = check(&row, &row, &[]);
        let aspect = bbox.height_for(1.0);
        assert!((ASPECT.0 - 1e-9..=ASPECT.1).contains(&aspect), "{aspect}");
    }

    #[test]
    fn no_valid_place_gives_no_frame() {
        assert_eq!(frame(&[]), None);
        assert_eq!(frame(&[[f64::NAN, 1.0], [95.0, 10.0], [10.0, 200.0]]), None);
    }
}
