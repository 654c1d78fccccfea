//! More than one window of the same browser profile (the saved scenarios' two-tab race).

use fantoccini::wd::WindowHandle;

use super::Page;
use crate::support::Failure;

impl Page {
    /// The window the next commands go to.
    pub async fn current_window(&self) -> Result<WindowHandle, Failure> {
        Ok(self.client.window().await?)
    }

    /// Opens another top-level window of the same profile (not a tab: both stay
    /// visible, so neither has its timers throttled) and sends the next commands there.
    pub async fn open_window(&self) -> Result<WindowHandle, Failure> {
        let window = self.client.new_window(false).await?.handle;
        self.switch_to(&window).await?;
        Ok(window)
    }

    /// Sends the next commands to `window`.
    pub async fn switch_to(&self, window: &WindowHandle) -> Result<(), Failure> {
        Ok(self.client.switch_to_window(window.clone()).await?)
    }
}
