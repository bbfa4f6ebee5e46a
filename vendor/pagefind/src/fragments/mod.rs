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
pub fn gzip(chunks: &[&[u8]], level: flate2::Compression) -> Vec<u8> {
    use flate2::write::GzEncoder;
    use std::io::Write;
    let mut gz = GzEncoder::new(Vec::new(), level);
    for chunk in chunks {
        gz.write_all(b"pagefind_dcd").expect("writing to memory");
        gz.write_all(chunk).expect("writing to memory");
    }
    gz.finish().expect("writing to memory")
}
