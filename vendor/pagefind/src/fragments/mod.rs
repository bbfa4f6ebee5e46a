use std::collections::BTreeMap;

use serde::Serialize;

#[derive(Serialize, Debug, Clone)]
pub struct PageAnchorData {
    pub element: String,
    pub id: String,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub location: u32,
}

#[derive(Serialize, Debug, Clone)]
pub struct PageFragmentData {
    pub url: String,
    pub content: String,
    pub word_count: usize,
    pub filters: BTreeMap<String, Vec<String>>,
    pub meta: BTreeMap<String, String>,
    pub anchors: Vec<PageAnchorData>,
}

#[derive(Debug, Clone)]
pub struct PageFragment {
    pub page_number: usize,
    pub data: PageFragmentData,
}

/// rolebook: the content of a fragment file: its JSON, to be gzipped when
/// written, or that JSON already gzipped (see `CompressedFragment`).
#[derive(Debug, Clone)]
pub enum FragmentFile {
    Json(String),
    Gz(Vec<u8>),
}

/// rolebook: a page's fragment as written to disk, made when the page is
/// parsed: the hash of its JSON (which names the file) and the gzipped file.
/// Every parsed page is held until the index is built, and its text and
/// anchors as strings were a third of that memory; the gzipped file is a
/// fifth of their size. The same bytes as gzipping the JSON when writing.
#[derive(Debug, Clone)]
pub struct CompressedFragment {
    pub hash: String,
    pub gz: Vec<u8>,
}

impl CompressedFragment {
    pub fn of(data: &PageFragmentData) -> Self {
        let json = serde_json::to_string(data).expect("a fragment serialises");
        CompressedFragment {
            hash: crate::utils::full_hash(json.as_bytes()),
            gz: gzip(&[json.as_bytes()], FRAGMENT_LEVEL),
        }
    }
}

/// rolebook: the level fragment files are gzipped at. Upstream gzips them at
/// the best level, which was 8% of the CPU of a whole rolebook build (one small
/// file per page); at the fastest they are 12% larger (5.6 -> 6.3 MB at 1,000
/// roles). A search fetches only the fragments of the results it shows. The
/// other files (index chunks, filters, metadata) are gzipped at the default
/// level (`Compress::level` in `output/mod.rs`).
pub const FRAGMENT_LEVEL: flate2::Compression = flate2::Compression::fast();

/// rolebook: a file as Pagefind gzips it (each chunk after its marker), shared
/// by the writers on disk and in memory, at `level` (`Compress::level`).
///
/// The bytes are flate2's `GzEncoder`'s (`gzip_by_flate2`; a test compares
/// them), but each thread keeps one compressor per level and resets it between
/// files: a new one is about 300 KB to allocate and zero, more than compressing
/// a page's fragment takes (7,002 fragments of 1,000 roles at level 1, one after
/// another: 250-290 ms with `GzEncoder`, 190-215 ms with a kept compressor).
pub fn gzip(chunks: &[&[u8]], level: flate2::Compression) -> Vec<u8> {
    use miniz_oxide::deflate::core::{
        compress, create_comp_flags_from_zip_params, CompressorOxide, TDEFLFlush, TDEFLStatus,
    };
    thread_local! {
        static KEPT: std::cell::RefCell<Vec<(u32, Box<CompressorOxide>)>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    let level = level.level();
    // flate2's header: no name, no time, the "extra flags" of its level, an unknown OS.
    let xfl = match level {
        9.. => 2,
        ..=1 => 4,
        _ => 0,
    };
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 255];
    let mut crc = flate2::Crc::new();
    let mut buf = [0u8; 16 * 1024];
    KEPT.with_borrow_mut(|kept| {
        let at = match kept.iter().position(|(l, _)| *l == level) {
            Some(at) => at,
            None => {
                let flags = create_comp_flags_from_zip_params(level as i32, -15, 0);
                kept.push((level, Box::new(CompressorOxide::new(flags))));
                kept.len() - 1
            }
        };
        let deflate = &mut kept[at].1;
        deflate.reset();
        for mut input in chunks.iter().flat_map(|chunk| [&b"pagefind_dcd"[..], chunk]) {
            crc.update(input);
            while !input.is_empty() {
                let (status, read, wrote) = compress(deflate, input, &mut buf, TDEFLFlush::None);
                assert!(status == TDEFLStatus::Okay, "deflate into memory failed: {status:?}");
                out.extend_from_slice(&buf[..wrote]);
                input = &input[read..];
            }
        }
        loop {
            let (status, _, wrote) = compress(deflate, &[], &mut buf, TDEFLFlush::Finish);
            out.extend_from_slice(&buf[..wrote]);
            match status {
                TDEFLStatus::Done => break,
                TDEFLStatus::Okay => continue,
                failed => panic!("deflate into memory failed: {failed:?}"),
            }
        }
    });
    out.extend_from_slice(&crc.sum().to_le_bytes());
    out.extend_from_slice(&crc.amount().to_le_bytes());
    out
}

/// rolebook: `gzip` as it was written, with flate2's `GzEncoder`, for the test
/// that compares the two (`PagefindIndex::gzip_both_ways`).
pub fn gzip_by_flate2(chunks: &[&[u8]], level: flate2::Compression) -> Vec<u8> {
    use flate2::write::GzEncoder;
    use std::io::Write;
    let mut gz = GzEncoder::new(Vec::new(), level);
    for chunk in chunks {
        gz.write_all(b"pagefind_dcd").expect("writing to memory");
        gz.write_all(chunk).expect("writing to memory");
    }
    gz.finish().expect("writing to memory")
}
