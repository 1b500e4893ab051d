# Sources of server/protocol/mschapv2, added to keyward_protocol.
target_sources(keyward_protocol PRIVATE
)
