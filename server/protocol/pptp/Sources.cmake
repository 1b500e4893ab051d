# Sources of server/protocol/pptp, added to keyward_protocol.
target_sources(keyward_protocol PRIVATE
)
