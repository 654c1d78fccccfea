//! Pages of other origins that frame the app (the embed tests).

use super::Page;
use crate::support::Failure;

impl Page {
    /// The absolute URL of `path_and_query` on the calculator's server.
    pub fn site_url(&self, path_and_query: &str) -> String {
        self.site.url(path_and_query)
    }

    /// Navigates to an absolute `url` (another server's page) without waiting for the app.
    pub async fn goto(&self, url: &str) -> Result<(), Failure> {
        Ok(self.client.goto(url).await?)
    }

    /// Switches into the frame element matching `css` of the current document.
    pub async fn enter_frame(&self, css: &str) -> Result<(), Failure> {
        self.required(css).await?.enter_frame().await?;
        Ok(())
    }

    /// Switches back to the document that holds the current frame.
    pub async fn leave_frame(&self) -> Result<(), Failure> {
        Ok(self.client.enter_parent_frame().await?)
    }
}
