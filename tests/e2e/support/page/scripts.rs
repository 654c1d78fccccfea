//! Scripts, storage, history, clicks and raw WebDriver commands (the link, history and
//! saved-scenario tests).

use serde_json::{json, Value};
use tokio::io::AsyncWriteExt as _;
use tokio::net::TcpStream;

use super::Page;
use crate::support::browser::read_http_reply;
use crate::support::{Failure, RENDER_TIMEOUT};

impl Page {
    /// Runs `script` in the page (`arguments[i]` are `args`) and returns what it returns.
    pub async fn execute(&self, script: &str, args: Vec<Value>) -> Result<Value, Failure> {
        Ok(self.client.execute(script, args).await?)
    }

    /// Runs an asynchronous `script`: it reports by calling `arguments[arguments.length - 1]`.
    pub async fn execute_async(&self, script: &str, args: Vec<Value>) -> Result<Value, Failure> {
        Ok(self.client.execute_async(script, args).await?)
    }

    /// Runs `script` until it returns `true` or [`RENDER_TIMEOUT`] passes: whether it did.
    pub async fn poll_true(&self, script: &str) -> Result<bool, Failure> {
        let answer = self
            .poll(
                async || self.execute(script, Vec::new()).await,
                |answer| *answer == Value::Bool(true),
            )
            .await?;
        Ok(answer == Value::Bool(true))
    }

    /// `document.location.search` (with its `?`, or empty).
    pub async fn location_search(&self) -> Result<String, Failure> {
        match self
            .execute("return document.location.search;", Vec::new())
            .await?
        {
            Value::String(search) => Ok(search),
            other => Err(Failure(format!(
                "document.location.search is not a string: {other}"
            ))),
        }
    }

    /// `localStorage.getItem(key)`: None when the key is not set.
    pub async fn local_storage(&self, key: &str) -> Result<Option<String>, Failure> {
        match self
            .execute(
                "return localStorage.getItem(arguments[0]);",
                vec![json!(key)],
            )
            .await?
        {
            Value::Null => Ok(None),
            Value::String(text) => Ok(Some(text)),
            other => Err(Failure(format!(
                "localStorage.getItem({key:?}) returned {other}"
            ))),
        }
    }

    /// `localStorage.setItem(key, text)`.
    pub async fn set_local_storage(&self, key: &str, text: &str) -> Result<(), Failure> {
        self.execute(
            "localStorage.setItem(arguments[0], arguments[1]);",
            vec![json!(key), json!(text)],
        )
        .await?;
        Ok(())
    }

    /// WebDriver Refresh, then waits for the app to render again.
    pub async fn refresh(&self) -> Result<(), Failure> {
        self.client.refresh().await?;
        self.wait_rendered().await
    }

    /// WebDriver Back (the app's own history entries are same-document: wait for the
    /// change you expect after it).
    pub async fn back(&self) -> Result<(), Failure> {
        Ok(self.client.back().await?)
    }

    /// WebDriver Forward (see [`Page::back`]).
    pub async fn forward(&self) -> Result<(), Failure> {
        Ok(self.client.forward().await?)
    }

    /// Clicks the first element matching `css`, as a user would (a trusted click).
    pub async fn click(&self, css: &str) -> Result<(), Failure> {
        self.revealed(css).await?.click().await?;
        Ok(())
    }

    /// Replaces the content of the first field matching `css` with `text`, as typed keys
    /// (for fields without a `name`, e.g. `[data-testid="save-name"]`); the app hears an
    /// `input` event whatever the text.
    pub async fn type_into_css(&self, css: &str, text: &str) -> Result<(), Failure> {
        let field = self.revealed(css).await?;
        field.clear().await?;
        if !text.is_empty() {
            field.send_keys(text).await?;
        }
        self.dispatch(&field, &["input"]).await
    }

    /// Sends a command of chromedriver's outside what fantoccini wraps (e.g. `POST
    /// permissions` of the Permissions spec) to this session: `suffix` follows
    /// `/session/{id}/`. Returns the reply's JSON `value`; an error reply is a failure.
    pub async fn session_command(&self, suffix: &str, body: &Value) -> Result<Value, Failure> {
        let session = self
            .client
            .session_id()
            .await?
            .ok_or_else(|| Failure("the WebDriver session has no id".into()))?;
        let body = body.to_string();
        let request = format!(
            "POST /session/{session}/{suffix} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\
             Content-Type: application/json; charset=utf-8\r\nContent-Length: {length}\r\n\
             Connection: close\r\n\r\n{body}",
            port = self.browser.port,
            length = body.len(),
        );
        let exchange = async {
            let mut stream = TcpStream::connect(("127.0.0.1", self.browser.port)).await?;
            stream.write_all(request.as_bytes()).await?;
            read_http_reply(&mut stream).await
        };
        let reply = tokio::time::timeout(RENDER_TIMEOUT, exchange)
            .await
            .map_err(|_| Failure(format!("chromedriver did not answer {suffix} in time")))?
            .map_err(|e| Failure(format!("chromedriver {suffix}: {e}")))?;
        let reply = String::from_utf8_lossy(&reply);
        let (head, json_body) = reply.split_once("\r\n\r\n").unwrap_or((&reply, ""));
        let status_ok = head
            .split(' ')
            .nth(1)
            .is_some_and(|code| code.starts_with('2'));
        let parsed: Value = serde_json::from_str(json_body).unwrap_or(Value::Null);
        if status_ok {
            Ok(parsed.get("value").cloned().unwrap_or(Value::Null))
        } else {
            let status_line = head.lines().next().unwrap_or_default();
            Err(Failure(format!(
                "chromedriver refused {suffix}: {status_line} {json_body}"
            )))
        }
    }

    /// Grants `permission` (e.g. `clipboard-read`) to the current page's origin through
    /// the WebDriver Permissions extension.
    pub async fn grant_permission(&self, permission: &str) -> Result<(), Failure> {
        self.session_command(
            "permissions",
            &json!({ "descriptor": { "name": permission }, "state": "granted" }),
        )
        .await
        .map(|_| ())
    }
}
