# Sourced by the scripts: tool paths and Trunk's offline settings.
export PATH="$PWD/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"
# Trunk's update check is a network call.
export TRUNK_SKIP_VERSION_CHECK=true
