# Sources of server/protocol/ppp, added to keyward_protocol.
target_sources(keyward_protocol PRIVATE
)
