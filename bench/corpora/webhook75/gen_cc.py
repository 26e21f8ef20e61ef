#!/usr/bin/env python3
# compile_commands.json for /work/corpora/webhook75 (clang-19, Debian 12 headers; hand-written headers under
# stubs/, see README.md "Stubs").
import os
import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
from labellib import write_compile_commands  # noqa: E402
R = '/work/corpora/webhook75'
S = R + '/stubs'
# RIOT (C): native64 board, as the RIOT build passes RIOT_BOARD / RIOT_CPU / RIOT_APPLICATION / RIOT_VERSION
# (riotbuild.h) on the command line; tinycbor's cbor.h (a package downloaded at build time) is stubs/RIOT/cbor.h
RIOT = ['-std=gnu11', '-DRIOT_BOARD="native64"', '-DRIOT_CPU="native"', '-DBOARD_NATIVE64', '-DCPU_NATIVE',
        '-DNATIVE_INCLUDES', '-DRIOT_APPLICATION="wh75"', '-DRIOT_VERSION="2026.07"', '-I' + S + '/RIOT',
        '-I{r}/core/include', '-I{r}/core/lib/include', '-I{r}/sys/include', '-I{r}/drivers/include',
        '-I{r}/cpu/native/include', '-I{r}/boards/common/native/include']
# NimBLE (C): porting/examples/linux Makefile include paths (the generated syscfg.h of that example); Secure
# Connections switched on with MYNEWT_VAL_BLE_SM_SC=1 (syscfg.h only sets it #ifndef); -m32 dropped
NIM = ['-std=gnu11', '-D_GNU_SOURCE', '-DMYNEWT_VAL_BLE_SM_SC=1', '-I{r}/porting/examples/linux/include',
       '-I{r}/porting/npl/linux/include', '-I{r}/nimble/transport/socket/include', '-I{r}/nimble/include',
       '-I{r}/nimble/host/include', '-I{r}/nimble/host/services/gap/include',
       '-I{r}/nimble/host/services/gatt/include', '-I{r}/nimble/host/store/config/include',
       '-I{r}/nimble/host/util/include', '-I{r}/nimble/transport/include', '-I{r}/porting/nimble/include']
# ble_sm.c: also the CSIS SIRK helpers (MYNEWT_VAL_BLE_SM_CSIS_SIRK, off in the example's syscfg.h)
NIMC = NIM + ['-DMYNEWT_VAL_BLE_SM_CSIS_SIRK=1']
# Contiki-NG (C): native target, IPv6 + RPL-lite, 802.15.4 link-layer security on (LLSEC802154_CONF_ENABLED),
# CSMA or TSCH MAC, DTLS for the CoAP/LwM2M keystores; gcc's implicit declarations kept as warnings
CNG = ['-std=gnu11', '-DCONTIKI=1', '-DCONTIKI_TARGET_NATIVE=1', '-DCONTIKI_TARGET_STRING="native"',
       '-DNETSTACK_CONF_WITH_IPV6=1', '-DROUTING_CONF_RPL_LITE=1', '-DLLSEC802154_CONF_ENABLED=1',
       '-Wno-implicit-function-declaration', '-I{r}/arch/platform/native', '-I{r}/arch/cpu/native', '-I{r}/os',
       '-I{r}/os/sys', '-I{r}/os/dev', '-I{r}/os/lib', '-I{r}/os/net', '-I{r}/os/net/mac', '-I{r}/os/net/ipv6',
       '-I{r}/os/net/app-layer/snmp', '-I{r}/os/net/app-layer/coap', '-I{r}/os/services/lwm2m']
CSMA = CNG + ['-DMAC_CONF_WITH_CSMA=1']
TSCH = CNG + ['-DMAC_CONF_WITH_TSCH=1']
DTLS = CSMA + ['-DWITH_DTLS=1']
# the simple keystore is compiled only when a project-conf.h sets a default PSK identity / key
KEYS = DTLS + ['-DCOAP_DTLS_PSK_DEFAULT_IDENTITY="user"', '-DCOAP_DTLS_PSK_DEFAULT_KEY="password"']
LWM = DTLS + ['-DCOAP_DTLS_KEYSTORE_CONF_WITH_LWM2M=1']
# tpm2-tss (C): autoconf; config.h is stubs/tpm2-tss/config.h (hand-written), OpenSSL crypto backend
TSS = ['-std=gnu99', '-D_GNU_SOURCE', '-I' + S + '/tpm2-tss', '-I{r}/include/tss2', '-I{r}/include', '-I{r}/src',
       '-I{r}/src/tss2-esys']
# LoRaMac-node (C): CMake flags of the soft secure element, EU868 region, class B
LMN = ['-std=gnu99', '-DSOFT_SE', '-DREGION_EU868', '-DLORAMAC_CLASSB_ENABLED', '-I{r}/src/mac',
       '-I{r}/src/mac/region', '-I{r}/src/peripherals/soft-se', '-I{r}/src/system', '-I{r}/src/radio',
       '-I{r}/src/boards', '-I{r}/src/peripherals']
# arduino-lmic (C): the library's own project_config/lmic_project_config.h (US915, SX1276), as the Arduino IDE
# build uses it
LMIC = ['-std=gnu99', '-I{r}/project_config', '-I{r}/src', '-I{r}/src/lmic']
# OP-TEE pkcs11 TA (C): TA build flags: -nostdinc with the compiler's own include dir and OP-TEE's libutils isoc
# headers; CFG_PKCS11_TA_* from ta/pkcs11/sub.mk defaults (y -> 1)
OPT = ['-std=gnu11', '-nostdinc', '-isystem', '/usr/lib/llvm-19/lib/clang/19/include',
       '-DCFG_PKCS11_TA_ALLOW_DIGEST_KEY=1', '-DCFG_PKCS11_TA_AUTH_TEE_IDENTITY=1', '-DCFG_PKCS11_TA_TOKEN_COUNT=3',
       '-DCFG_PKCS11_TA_CHECK_VALUE_ATTRIBUTE=1', '-DCFG_PKCS11_TA_HEAP_SIZE=(32 * 1024)',
       '-I{r}/ta/pkcs11/include', '-I{r}/ta/pkcs11/src', '-I{r}/lib/libutee/include', '-I{r}/lib/libutils/ext/include',
       '-I{r}/lib/libutils/isoc/include']
# NimBLE mesh (C): porting/examples/linux_blemesh (its generated syscfg.h: BLE_MESH, PROV, PROVISIONER on)
MESH = ['-std=gnu11', '-D_GNU_SOURCE', '-I{r}/porting/examples/linux_blemesh/include',
        '-I{r}/porting/npl/linux/include', '-I{r}/nimble/transport/socket/include', '-I{r}/nimble/include',
        '-I{r}/nimble/host/include', '-I{r}/nimble/host/mesh/include', '-I{r}/nimble/host/services/gap/include',
        '-I{r}/nimble/host/services/gatt/include', '-I{r}/nimble/host/store/config/include',
        '-I{r}/nimble/host/util/include', '-I{r}/nimble/transport/include', '-I{r}/porting/nimble/include']
E = [
 ('RIOT-OS+RIOT', 'sys/fido2/ctap/ctap.c', RIOT),
 ('RIOT-OS+RIOT', 'sys/net/link_layer/ieee802154/security.c', RIOT),
 ('RIOT-OS+RIOT', 'sys/crypto/modes/ocb.c', RIOT),
 ('RIOT-OS+RIOT', 'sys/crypto/modes/ccm.c', RIOT),
 ('RIOT-OS+RIOT', 'sys/crypto/helper.c', RIOT),
 ('RIOT-OS+RIOT', 'sys/crypto/chacha20poly1305.c', RIOT),
 ('apache+mynewt-nimble', 'nimble/host/src/ble_sm_lgcy.c', NIM),
 ('apache+mynewt-nimble', 'nimble/host/src/ble_sm_sc.c', NIM),
 ('apache+mynewt-nimble', 'nimble/host/src/ble_sm.c', NIMC),
 ('apache+mynewt-nimble', 'nimble/host/mesh/src/aes-ccm.c', MESH),
 ('apache+mynewt-nimble', 'nimble/host/mesh/src/beacon.c', MESH),
 ('apache+mynewt-nimble', 'nimble/host/mesh/src/prov_device.c', MESH),
 ('apache+mynewt-nimble', 'nimble/host/mesh/src/provisioner.c', MESH),
 ('contiki-ng+contiki-ng', 'os/net/mac/csma/csma-security.c', CSMA),
 ('contiki-ng+contiki-ng', 'os/net/mac/tsch/tsch-security.c', TSCH),
 ('contiki-ng+contiki-ng', 'os/net/app-layer/snmp/snmp-engine.c', CSMA),
 ('contiki-ng+contiki-ng', 'os/net/app-layer/coap/coap-keystore-simple.c', KEYS),
 ('contiki-ng+contiki-ng', 'os/net/app-layer/coap/coap-observe.c', CSMA),
 ('contiki-ng+contiki-ng', 'os/services/lwm2m/lwm2m-security.c', LWM),
 ('tpm2-software+tpm2-tss', 'src/tss2-esys/esys_iutil.c', TSS),
 ('tpm2-software+tpm2-tss', 'src/tss2-esys/esys_tr.c', TSS),
 ('Lora-net+LoRaMac-node', 'src/peripherals/soft-se/soft-se.c', LMN),
 ('Lora-net+LoRaMac-node', 'src/mac/LoRaMacCrypto.c', LMN),
 ('mcci-catena+arduino-lmic', 'src/se/drivers/default/lmic_se_default.c', LMIC),
 ('mcci-catena+arduino-lmic', 'src/lmic/lmic_compliance.c', LMIC),
 ('mcci-catena+arduino-lmic', 'src/lmic/lmic.c', LMIC),
 ('OP-TEE+optee_os', 'ta/pkcs11/src/persistent_token.c', OPT),
 ('OP-TEE+optee_os', 'ta/pkcs11/src/processing_symm.c', OPT),
]
write_compile_commands(R, E)
