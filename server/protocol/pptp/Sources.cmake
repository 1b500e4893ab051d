# Sources of server/protocol/pptp, added to keyward_protocol.
target_sources(keyward_protocol PRIVATE
    pptp/ControlChannel.cpp
    pptp/ControlChannel.h
    pptp/ControlCodes.cpp
    pptp/ControlCodes.h
    pptp/ControlEvent.h
    pptp/ControlMessage.cpp
    pptp/ControlMessage.h
    pptp/ControlStreamFramer.cpp
    pptp/ControlStreamFramer.h
    pptp/EchoKeepalive.cpp
    pptp/EchoKeepalive.h
    pptp/GrePacket.cpp
    pptp/GrePacket.h
    pptp/GreSequencer.cpp
    pptp/GreSequencer.h
    pptp/PacControlConnection.cpp
    pptp/PacControlConnection.h
    pptp/PnsControlConnection.cpp
    pptp/PnsControlConnection.h
)
