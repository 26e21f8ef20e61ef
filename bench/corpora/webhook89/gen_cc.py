#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook89 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook89'
S = R + '/stubs'


def hdirs(repo, top):
    """-I for every directory under top that holds a header (sorted; the build adds them one by one)."""
    base = R + '/src/' + repo + '/'
    out = []
    for d, _, fs in sorted(os.walk(base + top)):
        if any(f.endswith('.h') for f in fs):
            out.append('-I{r}/' + os.path.relpath(d, base))
    return sorted(out)


# RadioLib (C++, generic non-Arduino build: BuildOpt.h picks RADIOLIB_BUILD_GENERIC when ARDUINO is undefined)
RL = ['-std=gnu++11', '-I{r}/src']
# uoscore-uedhoc (C99, Makefile); zcbor (a git submodule) declarations are stubs/uoscore (hand-written)
UO = ['-std=gnu99', '-I' + S + '/uoscore', '-I{r}/inc']
# thelsing/knx (C++, Linux platform), KNX Data Secure compiled in, TP1 device (mask 0x07B0)
KNX = ['-std=gnu++17', '-DMASK_VERSION=0x07B0', '-DUSE_DATASECURE', '-I{r}/src', '-I{r}/src/knx']
# LoRa Basics Modem (SWL2001, C, Makefile): SX126x radio, EU868, relay RX and TX, fragmentation v2, soft secure
# element; -D options as lbm_lib/makefiles/common.mk, regions.mk and relay.mk set them (LBM_FUOTA=yes,
# LBM_FUOTA_VERSION=2, no geolocation)
LBM = ['-std=gnu11', '-DSX126X', '-DSX1262', '-DREGION_EU_868', '-DRP2_103', '-DNUMBER_OF_STACKS=1',
       '-DMODEM_HAL_DBG_TRACE=0', '-DADD_RELAY_RX', '-DADD_RELAY_TX', '-DADD_CSMA', '-DADD_SMTC_ALC_SYNC',
       '-DADD_SMTC_STREAM', '-DADD_SMTC_LFU', '-DADD_FUOTA=2', '-DADD_CLASS_B', '-DADD_CLASS_C',
       '-DSMTC_MULTICAST'] + ['-I{r}/lbm_lib'] + hdirs('Lora-net+SWL2001', 'lbm_lib/smtc_modem_api') + \
    hdirs('Lora-net+SWL2001', 'lbm_lib/smtc_modem_hal') + \
    [x for x in hdirs('Lora-net+SWL2001', 'lbm_lib/smtc_modem_core')
     if '/radio_drivers/' not in x or 'sx126x' in x]
# Autosar_SecOC (C, CMake, Linux)
SO = ['-std=gnu11', '-DLINUX'] + ['-I{r}/include/' + d for d in (
    'Can', 'Com', 'Csm', 'Dcm', 'Encrypt', 'Ethernet', 'GUIInterface', 'PduR', 'Scheduler', 'SecOC', 'SoAd')] + \
    ['-I{r}/include']
# OpenZWave (C++11, Makefile, Linux)
OZW = ['-std=gnu++11', '-I{r}/cpp/src', '-I{r}/cpp/src/command_classes', '-I{r}/cpp/src/value_classes',
       '-I{r}/cpp/src/platform', '-I{r}/cpp/src/platform/unix', '-I{r}/cpp/tinyxml', '-I{r}/cpp/hidapi/hidapi']
# Beelan-LoRaWAN (Arduino library; Arduino.h / SPI.h are stubs/arduino, hand-written)
BL = ['-x', 'c++', '-std=gnu++11', '-I' + S + '/arduino', '-DEU_868', '-I{r}/src', '-I{r}/src/arduino-rfm']
LC = 'lbm_lib/smtc_modem_core/'
E = [
 ('jgromes+RadioLib', 'src/utils/Cryptography.cpp', RL),
 ('jgromes+RadioLib', 'src/protocols/LoRaWAN/LoRaWAN.cpp', RL),
 ('eriptic+uoscore-uedhoc', 'src/edhoc/signature_or_mac_msg.c', UO),
 ('eriptic+uoscore-uedhoc', 'src/edhoc/retrieve_cred.c', UO),
 ('eriptic+uoscore-uedhoc', 'src/oscore/oscore_interactions.c', UO),
 ('eriptic+uoscore-uedhoc', 'src/oscore/oscore2coap.c', UO),
 ('thelsing+knx', 'src/knx/secure_application_layer.cpp', KNX),
 ('thelsing+knx', 'src/knx/bau_systemB.cpp', KNX),
 ('Lora-net+SWL2001', LC + 'smtc_modem_crypto/soft_secure_element/soft_se.c', LBM),
 ('Lora-net+SWL2001', LC + 'lr1mac/src/relay/relay_rx/relay_rx.c', LBM),
 ('Lora-net+SWL2001', LC + 'lr1mac/src/relay/relay_tx/relay_tx.c', LBM),
 ('Lora-net+SWL2001', LC + 'lorawan_packages/fragmented_data_block_transport/v2.0.0/'
  'lorawan_fragmentation_package_v2.0.0.c', LBM),
 ('Lora-net+SWL2001', LC + 'lr1mac/src/lr1mac_core.c', LBM),
 ('Lora-net+SWL2001', LC + 'lr1mac/src/lr1_stack_mac_layer.c', LBM),
 ('HosamAboabla+Autosar_SecOC', 'source/Csm/Csm.c', SO),
 ('HosamAboabla+Autosar_SecOC', 'source/SecOC/FVM.c', SO),
 ('OpenZWave+open-zwave', 'cpp/src/ZWSecurity.cpp', OZW),
 ('OpenZWave+open-zwave', 'cpp/src/Node.cpp', OZW),
 ('ElectronicCats+Beelan-LoRaWAN', 'src/arduino-rfm/LoRaMAC.cpp', BL),
]
write_compile_commands(R, E)
