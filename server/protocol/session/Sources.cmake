# Sources of server/protocol/session, added to keyward_protocol.
target_sources(keyward_protocol PRIVATE
    session/PppSession.cpp
    session/PppSession.h
    session/PppSessionEvent.h
    session/TunnelPath.cpp
    session/TunnelPath.h
)
