//! The learned layer's files on disk: loading them at start, and installing
//! them from what scripts/train-safety-model wrote.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::domain::safety::Detector;
use crate::domain::safety::learned::{DeepFiles, Model, ModelError, ModelFiles};

/// The files a model is made of, in its folder.
pub const FILES: [&str; 4] = ["vocab.txt", "tokens.bin", "head.json", "examples.bin"];

/// The second stage's files, optional: without them the first stage decides.
pub const DEEP_FILES: [&str; 3] = ["encoder.safetensors", "deep.json", "deep-examples.bin"];

/// Why the model could not be loaded or installed.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("cannot read {path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("cannot write {path}: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("the model in {dir} cannot be used: {source}")]
    Model { dir: PathBuf, source: ModelError },
    #[error("{dir} has no model (it needs {files})", files = FILES.join(", "))]
    Missing { dir: PathBuf },
}

/// Reads the model in `dir`: `Ok(None)` when the folder holds no model at all.
pub fn load(dir: &Path) -> Result<Option<Model>, LoadError> {
    if FILES.iter().all(|f| !dir.join(f).exists()) {
        return Ok(None);
    }
    let read = |name: &str| {
        let path = dir.join(name);
        std::fs::read(&path).map_err(|source| LoadError::Read { path, source })
    };
    let (vocab, tokens, head, examples) = (read(FILES[0])?, read(FILES[1])?, read(FILES[2])?, read(FILES[3])?);
    let text = |bytes: &[u8], name: &'static str| {
        std::str::from_utf8(bytes)
            .map(str::to_string)
            .map_err(|_| LoadError::Model { dir: dir.to_path_buf(), source: ModelError::Format(name) })
    };
    let (vocab, head) = (text(&vocab, FILES[0])?, text(&head, FILES[2])?);
    let broken = |source| LoadError::Model { dir: dir.to_path_buf(), source };
    let model = Model::parse(ModelFiles { vocab: &vocab, tokens: &tokens, head: &head, examples: &examples })
        .map_err(broken)?;
    if DEEP_FILES.iter().all(|f| !dir.join(f).exists()) {
        return Ok(Some(model));
    }
    let (encoder, deep, deep_examples) = (read(DEEP_FILES[0])?, read(DEEP_FILES[1])?, read(DEEP_FILES[2])?);
    let deep = text(&deep, DEEP_FILES[1])?;
    model.with_deep(DeepFiles { encoder: &encoder, head: &deep, examples: &deep_examples }).map(Some).map_err(broken)
}

/// The detector for a server: the learned layer too when `dir` holds a model.
pub fn detector(dir: &Path) -> Result<Detector, LoadError> {
    Ok(load(dir)?.map_or_else(Detector::lexical, |m| Detector::with_model(Arc::new(m))))
}

/// Checks the model in `from` and copies it into `into`.
pub fn install(from: &Path, into: &Path) -> Result<(), LoadError> {
    if load(from)?.is_none() {
        return Err(LoadError::Missing { dir: from.to_path_buf() });
    }
    std::fs::create_dir_all(into).map_err(|source| LoadError::Write { path: into.to_path_buf(), source })?;
    for name in FILES.iter().chain(DEEP_FILES.iter().filter(|f| from.join(f).exists())) {
        let (source_path, target) = (from.join(name), into.join(name));
        if source_path == target {
            continue;
        }
        std::fs::copy(&source_path, &target).map_err(|source| LoadError::Write { path: target, source })?;
    }
    // A second stage left from an earlier model would not belong to this one.
    for name in DEEP_FILES.iter().filter(|f| !from.join(f).exists() && into.join(f).exists()) {
        let target = into.join(name);
        std::fs::remove_file(&target).map_err(|source| LoadError::Write { path: target, source })?;
    }
    Ok(())
}
