# Sources of server/protocol/mschapv2, added to keyward_protocol.
target_sources(keyward_protocol PRIVATE
    mschapv2/MsChapV2Authenticator.cpp
    mschapv2/MsChapV2Authenticator.h
    mschapv2/MsChapV2Codec.cpp
    mschapv2/MsChapV2Codec.h
    mschapv2/MsChapV2Crypto.cpp
    mschapv2/MsChapV2Crypto.h
    mschapv2/MsChapV2Events.h
    mschapv2/MsChapV2Messages.h
    mschapv2/MsChapV2Packet.h
    mschapv2/MsChapV2PasswordEncoding.cpp
    mschapv2/MsChapV2PasswordEncoding.h
    mschapv2/MsChapV2Peer.cpp
    mschapv2/MsChapV2Peer.h
    mschapv2/MsChapV2SignIn.h
    mschapv2/MsChapV2UserName.h
    mschapv2/MsChapV2Verifier.cpp
    mschapv2/MsChapV2Verifier.h
)
