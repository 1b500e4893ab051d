# Sources of server/protocol/ppp, added to keyward_protocol.
target_sources(keyward_protocol PRIVATE
    ppp/Ccp.cpp
    ppp/Ccp.h
    ppp/ControlPacket.cpp
    ppp/ControlPacket.h
    ppp/Ipcp.cpp
    ppp/Ipcp.h
    ppp/Lcp.cpp
    ppp/Lcp.h
    ppp/OptionAutomaton.cpp
    ppp/OptionAutomaton.h
    ppp/OptionPolicy.h
    ppp/PppEvent.h
    ppp/PppFrame.cpp
    ppp/PppFrame.h
    ppp/PppOption.cpp
    ppp/PppOption.h
    ppp/PppProtocol.h
)
