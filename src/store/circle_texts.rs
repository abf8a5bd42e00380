//! Circles' words in other interface languages.

use super::{Store, StoreResult, reading, writing};
use crate::domain::circle_text::CircleText;

impl Store {
    /// Every language a circle's coordinator gave its words in.
    pub async fn circle_texts(&self, circle_id: i64) -> StoreResult<Vec<CircleText>> {
        let rows: Vec<(String, String, String, String, String)> = reading!(self, pool => {
            sqlx::query_as(
                "SELECT lang, name, summary, description, agreements FROM circle_texts \
                 WHERE circle_id = $1 ORDER BY lang",
            )
            .bind(circle_id)
            .fetch_all(pool)
            .await
        })?;
        Ok(rows
            .into_iter()
            .map(|(lang, name, summary, description, agreements)| CircleText {
                lang,
                name,
                summary,
                description,
                agreements,
            })
            .collect())
    }

    /// Every circle's words in one language, by circle id.
    pub async fn circle_texts_in(&self, lang: &str) -> StoreResult<Vec<(i64, CircleText)>> {
        let rows: Vec<(i64, String, String, String, String)> = reading!(self, pool => {
            sqlx::query_as("SELECT circle_id, name, summary, description, agreements FROM circle_texts WHERE lang = $1")
                .bind(lang)
                .fetch_all(pool)
                .await
        })?;
        Ok(rows
            .into_iter()
            .map(|(id, name, summary, description, agreements)| {
                (id, CircleText { lang: lang.to_string(), name, summary, description, agreements })
            })
            .collect())
    }

    /// Saves a circle's words in one language, replacing any before; an
    /// empty text removes the language.
    pub async fn save_circle_text(&self, circle_id: i64, text: &CircleText) -> StoreResult<()> {
        writing!(self, pool => {
            sqlx::query("DELETE FROM circle_texts WHERE circle_id = $1 AND lang = $2")
                .bind(circle_id)
                .bind(&text.lang)
                .execute(pool)
                .await
                .map(|_| ())
        })?;
        if text.is_empty() {
            return Ok(());
        }
        writing!(self, pool => {
            sqlx::query(
                "INSERT INTO circle_texts (circle_id, lang, name, summary, description, agreements) \
                 VALUES ($1, $2, $3, $4, $5, $6)",
            )
            .bind(circle_id)
            .bind(&text.lang)
            .bind(text.name.trim())
            .bind(text.summary.trim())
            .bind(text.description.trim())
            .bind(text.agreements.trim())
            .execute(pool)
            .await
            .map(|_| ())
        })?;
        Ok(())
    }
}
