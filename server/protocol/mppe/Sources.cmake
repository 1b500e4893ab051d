# Sources of server/protocol/mppe, added to keyward_protocol.
target_sources(keyward_protocol PRIVATE
)
