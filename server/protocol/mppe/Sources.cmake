# Sources of server/protocol/mppe, added to keyward_protocol.
target_sources(keyward_protocol PRIVATE
    mppe/MppeOption.cpp
    mppe/MppeOption.h
    mppe/MppePolicy.cpp
    mppe/MppePolicy.h
)
# Keys and cipher (RFC 3079 keys, RFC 3078 packets).
target_sources(keyward_protocol PRIVATE
    mppe/MppeDecryptor.cpp
    mppe/MppeDecryptor.h
    mppe/MppeEncryptor.cpp
    mppe/MppeEncryptor.h
    mppe/MppeHeader.h
    mppe/MppeKeyDerivation.cpp
    mppe/MppeKeyDerivation.h
    mppe/MppeKeySchedule.cpp
    mppe/MppeKeySchedule.h
    mppe/MppeKeys.cpp
    mppe/MppeKeys.h
    mppe/MppeMagic.h
)
