//! The learned layer's files on disk: loading them at start, and installing
//! them from what scripts/train-safety-model wrote.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use crate::domain::safety::Detector;
use crate::domain::safety::learned::{Model, ModelError, ModelFiles};

/// The files a model is made of, in its folder.
pub const FILES: [&str; 4] = ["vocab.txt", "tokens.bin", "head.json", "examples.bin"];

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
    Model::parse(ModelFiles { vocab: &vocab, tokens: &tokens, head: &head, examples: &examples })
        .map(Some)
        .map_err(|source| LoadError::Model { dir: dir.to_path_buf(), source })
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
    for name in FILES {
        let (source_path, target) = (from.join(name), into.join(name));
        if source_path == target {
            continue;
        }
        std::fs::copy(&source_path, &target).map_err(|source| LoadError::Write { path: target, source })?;
    }
    Ok(())
}
