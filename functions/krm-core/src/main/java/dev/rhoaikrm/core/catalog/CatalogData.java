package dev.rhoaikrm.core.catalog;

import static dev.rhoaikrm.core.yaml.CompiledData.concat;
import static dev.rhoaikrm.core.yaml.CompiledData.list;
import static dev.rhoaikrm.core.yaml.CompiledData.map;

/**
 * GENERATED from instance-types.yaml, models.yaml: do not edit. Edit the YAML, then run
 * mvn -q test -pl functions/krm-core -Dtest=CatalogDataTest -Drhoai.golden.update=true
 * (see dev.rhoaikrm.core.yaml.CompiledData for why this class exists).
 */
@SuppressWarnings("unchecked")
final class CatalogData {
    private CatalogData() {
    }

    /** The value of a shipped data file, as the YAML library reads it. */
    static Object document(String file) {
        return switch (file) {
            case "instance-types.yaml" -> document0();
            case "models.yaml" -> document1();
            default -> throw new IllegalArgumentException("no compiled data for " + file);
        };
    }

    private static java.util.List<Object> document0Part0() {
        return list(
            map(
                "platform", "aws",
                "name", "g4dn.xlarge",
                "gpu", map("product", "Tesla-T4", "count", 1, "memoryGiB", 15.0, "accelerator", "nvidia-t4"),
                "vcpu", 4,
                "memoryMiB", 16384),
            map(
                "platform", "aws",
                "name", "g4dn.2xlarge",
                "gpu", map("product", "Tesla-T4", "count", 1, "memoryGiB", 15.0, "accelerator", "nvidia-t4"),
                "vcpu", 8,
                "memoryMiB", 32768),
            map(
                "platform", "aws",
                "name", "g4dn.4xlarge",
                "gpu", map("product", "Tesla-T4", "count", 1, "memoryGiB", 15.0, "accelerator", "nvidia-t4"),
                "vcpu", 16,
                "memoryMiB", 65536),
            map(
                "platform", "aws",
                "name", "g4dn.8xlarge",
                "gpu", map("product", "Tesla-T4", "count", 1, "memoryGiB", 15.0, "accelerator", "nvidia-t4"),
                "vcpu", 32,
                "memoryMiB", 131072),
            map(
                "platform", "aws",
                "name", "g4dn.16xlarge",
                "gpu", map("product", "Tesla-T4", "count", 1, "memoryGiB", 15.0, "accelerator", "nvidia-t4"),
                "vcpu", 64,
                "memoryMiB", 262144),
            map(
                "platform", "aws",
                "name", "g4dn.12xlarge",
                "gpu", map("product", "Tesla-T4", "count", 4, "memoryGiB", 15.0, "accelerator", "nvidia-t4"),
                "vcpu", 48,
                "memoryMiB", 196608),
            map(
                "platform", "aws",
                "name", "g4dn.metal",
                "gpu", map("product", "Tesla-T4", "count", 8, "memoryGiB", 15.0, "accelerator", "nvidia-t4"),
                "vcpu", 96,
                "memoryMiB", 393216),
            map(
                "platform", "aws",
                "name", "g5.xlarge",
                "gpu", map("product", "NVIDIA-A10G", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-a10g"),
                "vcpu", 4,
                "memoryMiB", 16384),
            map(
                "platform", "aws",
                "name", "g5.2xlarge",
                "gpu", map("product", "NVIDIA-A10G", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-a10g"),
                "vcpu", 8,
                "memoryMiB", 32768),
            map(
                "platform", "aws",
                "name", "g5.4xlarge",
                "gpu", map("product", "NVIDIA-A10G", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-a10g"),
                "vcpu", 16,
                "memoryMiB", 65536),
            map(
                "platform", "aws",
                "name", "g5.8xlarge",
                "gpu", map("product", "NVIDIA-A10G", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-a10g"),
                "vcpu", 32,
                "memoryMiB", 131072),
            map(
                "platform", "aws",
                "name", "g5.16xlarge",
                "gpu", map("product", "NVIDIA-A10G", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-a10g"),
                "vcpu", 64,
                "memoryMiB", 262144),
            map(
                "platform", "aws",
                "name", "g5.12xlarge",
                "gpu", map("product", "NVIDIA-A10G", "count", 4, "memoryGiB", 22.5, "accelerator", "nvidia-a10g"),
                "vcpu", 48,
                "memoryMiB", 196608),
            map(
                "platform", "aws",
                "name", "g5.24xlarge",
                "gpu", map("product", "NVIDIA-A10G", "count", 4, "memoryGiB", 22.5, "accelerator", "nvidia-a10g"),
                "vcpu", 96,
                "memoryMiB", 393216),
            map(
                "platform", "aws",
                "name", "g5.48xlarge",
                "gpu", map("product", "NVIDIA-A10G", "count", 8, "memoryGiB", 22.5, "accelerator", "nvidia-a10g"),
                "vcpu", 192,
                "memoryMiB", 786432),
            map(
                "platform", "aws",
                "name", "g6.xlarge",
                "gpu", map("product", "NVIDIA-L4", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 4,
                "memoryMiB", 16384),
            map(
                "platform", "aws",
                "name", "g6.2xlarge",
                "gpu", map("product", "NVIDIA-L4", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 8,
                "memoryMiB", 32768),
            map(
                "platform", "aws",
                "name", "g6.4xlarge",
                "gpu", map("product", "NVIDIA-L4", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 16,
                "memoryMiB", 65536),
            map(
                "platform", "aws",
                "name", "g6.8xlarge",
                "gpu", map("product", "NVIDIA-L4", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 32,
                "memoryMiB", 131072),
            map(
                "platform", "aws",
                "name", "g6.16xlarge",
                "gpu", map("product", "NVIDIA-L4", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 64,
                "memoryMiB", 262144),
            map(
                "platform", "aws",
                "name", "g6.12xlarge",
                "gpu", map("product", "NVIDIA-L4", "count", 4, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 48,
                "memoryMiB", 196608),
            map(
                "platform", "aws",
                "name", "g6.24xlarge",
                "gpu", map("product", "NVIDIA-L4", "count", 4, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 96,
                "memoryMiB", 393216),
            map(
                "platform", "aws",
                "name", "g6.48xlarge",
                "gpu", map("product", "NVIDIA-L4", "count", 8, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 192,
                "memoryMiB", 786432),
            map(
                "platform", "aws",
                "name", "g6e.xlarge",
                "gpu", map("product", "NVIDIA-L40S", "count", 1, "memoryGiB", 45.0, "accelerator", "nvidia-l40s"),
                "vcpu", 4,
                "memoryMiB", 32768),
            map(
                "platform", "aws",
                "name", "g6e.2xlarge",
                "gpu", map("product", "NVIDIA-L40S", "count", 1, "memoryGiB", 45.0, "accelerator", "nvidia-l40s"),
                "vcpu", 8,
                "memoryMiB", 65536),
            map(
                "platform", "aws",
                "name", "g6e.4xlarge",
                "gpu", map("product", "NVIDIA-L40S", "count", 1, "memoryGiB", 45.0, "accelerator", "nvidia-l40s"),
                "vcpu", 16,
                "memoryMiB", 131072),
            map(
                "platform", "aws",
                "name", "g6e.8xlarge",
                "gpu", map("product", "NVIDIA-L40S", "count", 1, "memoryGiB", 45.0, "accelerator", "nvidia-l40s"),
                "vcpu", 32,
                "memoryMiB", 262144),
            map(
                "platform", "aws",
                "name", "g6e.16xlarge",
                "gpu", map("product", "NVIDIA-L40S", "count", 1, "memoryGiB", 45.0, "accelerator", "nvidia-l40s"),
                "vcpu", 64,
                "memoryMiB", 524288),
            map(
                "platform", "aws",
                "name", "g6e.12xlarge",
                "gpu", map("product", "NVIDIA-L40S", "count", 4, "memoryGiB", 45.0, "accelerator", "nvidia-l40s"),
                "vcpu", 48,
                "memoryMiB", 393216),
            map(
                "platform", "aws",
                "name", "g6e.24xlarge",
                "gpu", map("product", "NVIDIA-L40S", "count", 4, "memoryGiB", 45.0, "accelerator", "nvidia-l40s"),
                "vcpu", 96,
                "memoryMiB", 786432),
            map(
                "platform", "aws",
                "name", "g6e.48xlarge",
                "gpu", map("product", "NVIDIA-L40S", "count", 8, "memoryGiB", 45.0, "accelerator", "nvidia-l40s"),
                "vcpu", 192,
                "memoryMiB", 1572864),
            map(
                "platform", "aws",
                "name", "p4d.24xlarge",
                "gpu", map("product", "NVIDIA-A100-SXM4-40GB", "count", 8, "memoryGiB", 40.0, "accelerator", "nvidia-a100"),
                "vcpu", 96,
                "memoryMiB", 1179648));
    }

    private static java.util.List<Object> document0Part1() {
        return list(
            map(
                "platform", "aws",
                "name", "p4de.24xlarge",
                "gpu", map(
                    "product", "NVIDIA-A100-SXM4-80GB",
                    "count", 8,
                    "memoryGiB", 80.0,
                    "accelerator", "nvidia-a100-80gb"),
                "vcpu", 96,
                "memoryMiB", 1179648),
            map(
                "platform", "aws",
                "name", "p5.4xlarge",
                "gpu", map("product", "NVIDIA-H100-80GB-HBM3", "count", 1, "memoryGiB", 79.6, "accelerator", "nvidia-h100"),
                "vcpu", 16,
                "memoryMiB", 262144),
            map(
                "platform", "aws",
                "name", "p5.48xlarge",
                "gpu", map("product", "NVIDIA-H100-80GB-HBM3", "count", 8, "memoryGiB", 79.6, "accelerator", "nvidia-h100"),
                "vcpu", 192,
                "memoryMiB", 2097152),
            map(
                "platform", "aws",
                "name", "p5en.48xlarge",
                "gpu", map("product", "NVIDIA-H200", "count", 8, "memoryGiB", 140.4, "accelerator", "nvidia-h200"),
                "vcpu", 192,
                "memoryMiB", 2097152),
            map(
                "platform", "azure",
                "name", "Standard_NC4as_T4_v3",
                "gpu", map("product", "Tesla-T4", "count", 1, "memoryGiB", 15.0, "accelerator", "nvidia-t4"),
                "vcpu", 4,
                "memoryMiB", 28672),
            map(
                "platform", "azure",
                "name", "Standard_NC8as_T4_v3",
                "gpu", map("product", "Tesla-T4", "count", 1, "memoryGiB", 15.0, "accelerator", "nvidia-t4"),
                "vcpu", 8,
                "memoryMiB", 57344),
            map(
                "platform", "azure",
                "name", "Standard_NC16as_T4_v3",
                "gpu", map("product", "Tesla-T4", "count", 1, "memoryGiB", 15.0, "accelerator", "nvidia-t4"),
                "vcpu", 16,
                "memoryMiB", 112640),
            map(
                "platform", "azure",
                "name", "Standard_NC64as_T4_v3",
                "gpu", map("product", "Tesla-T4", "count", 4, "memoryGiB", 15.0, "accelerator", "nvidia-t4"),
                "vcpu", 64,
                "memoryMiB", 450560),
            map(
                "platform", "azure",
                "name", "Standard_NC24ads_A100_v4",
                "gpu", map(
                    "product", "NVIDIA-A100-80GB-PCIe",
                    "count", 1,
                    "memoryGiB", 80.0,
                    "accelerator", "nvidia-a100-80gb-pcie"),
                "vcpu", 24,
                "memoryMiB", 225280),
            map(
                "platform", "azure",
                "name", "Standard_NC48ads_A100_v4",
                "gpu", map(
                    "product", "NVIDIA-A100-80GB-PCIe",
                    "count", 2,
                    "memoryGiB", 80.0,
                    "accelerator", "nvidia-a100-80gb-pcie"),
                "vcpu", 48,
                "memoryMiB", 450560),
            map(
                "platform", "azure",
                "name", "Standard_NC96ads_A100_v4",
                "gpu", map(
                    "product", "NVIDIA-A100-80GB-PCIe",
                    "count", 4,
                    "memoryGiB", 80.0,
                    "accelerator", "nvidia-a100-80gb-pcie"),
                "vcpu", 96,
                "memoryMiB", 901120),
            map(
                "platform", "azure",
                "name", "Standard_NC40ads_H100_v5",
                "gpu", map("product", "NVIDIA-H100-NVL", "count", 1, "memoryGiB", 93.6, "accelerator", "nvidia-h100-nvl"),
                "vcpu", 40,
                "memoryMiB", 327680),
            map(
                "platform", "azure",
                "name", "Standard_NC80adis_H100_v5",
                "gpu", map("product", "NVIDIA-H100-NVL", "count", 2, "memoryGiB", 93.6, "accelerator", "nvidia-h100-nvl"),
                "vcpu", 80,
                "memoryMiB", 655360),
            map(
                "platform", "azure",
                "name", "Standard_NV36ads_A10_v5",
                "gpu", map("product", "NVIDIA-A10-24Q", "count", 1, "memoryGiB", 23.9, "accelerator", "nvidia-a10"),
                "vcpu", 36,
                "memoryMiB", 450560),
            map(
                "platform", "azure",
                "name", "Standard_NV36adms_A10_v5",
                "gpu", map("product", "NVIDIA-A10-24Q", "count", 1, "memoryGiB", 23.9, "accelerator", "nvidia-a10"),
                "vcpu", 36,
                "memoryMiB", 901120),
            map(
                "platform", "azure",
                "name", "Standard_NV72ads_A10_v5",
                "gpu", map("product", "NVIDIA-A10-24Q", "count", 2, "memoryGiB", 23.9, "accelerator", "nvidia-a10"),
                "vcpu", 72,
                "memoryMiB", 901120),
            map(
                "platform", "azure",
                "name", "Standard_ND96asr_v4",
                "gpu", map("product", "NVIDIA-A100-SXM4-40GB", "count", 8, "memoryGiB", 40.0, "accelerator", "nvidia-a100"),
                "vcpu", 96,
                "memoryMiB", 921600),
            map(
                "platform", "azure",
                "name", "Standard_ND96amsr_A100_v4",
                "gpu", map(
                    "product", "NVIDIA-A100-SXM4-80GB",
                    "count", 8,
                    "memoryGiB", 80.0,
                    "accelerator", "nvidia-a100-80gb"),
                "vcpu", 96,
                "memoryMiB", 1945600),
            map(
                "platform", "azure",
                "name", "Standard_ND96isr_H100_v5",
                "gpu", map("product", "NVIDIA-H100-80GB-HBM3", "count", 8, "memoryGiB", 79.6, "accelerator", "nvidia-h100"),
                "vcpu", 96,
                "memoryMiB", 1945600),
            map(
                "platform", "gcp",
                "name", "a2-highgpu-1g",
                "gpu", map("product", "NVIDIA-A100-SXM4-40GB", "count", 1, "memoryGiB", 40.0, "accelerator", "nvidia-a100"),
                "vcpu", 12,
                "memoryMiB", 87040),
            map(
                "platform", "gcp",
                "name", "a2-highgpu-2g",
                "gpu", map("product", "NVIDIA-A100-SXM4-40GB", "count", 2, "memoryGiB", 40.0, "accelerator", "nvidia-a100"),
                "vcpu", 24,
                "memoryMiB", 174080),
            map(
                "platform", "gcp",
                "name", "a2-highgpu-4g",
                "gpu", map("product", "NVIDIA-A100-SXM4-40GB", "count", 4, "memoryGiB", 40.0, "accelerator", "nvidia-a100"),
                "vcpu", 48,
                "memoryMiB", 348160),
            map(
                "platform", "gcp",
                "name", "a2-highgpu-8g",
                "gpu", map("product", "NVIDIA-A100-SXM4-40GB", "count", 8, "memoryGiB", 40.0, "accelerator", "nvidia-a100"),
                "vcpu", 96,
                "memoryMiB", 696320),
            map(
                "platform", "gcp",
                "name", "a2-megagpu-16g",
                "gpu", map(
                    "product", "NVIDIA-A100-SXM4-40GB",
                    "count", 16,
                    "memoryGiB", 40.0,
                    "accelerator", "nvidia-a100"),
                "vcpu", 96,
                "memoryMiB", 1392640),
            map(
                "platform", "gcp",
                "name", "a2-ultragpu-1g",
                "gpu", map(
                    "product", "NVIDIA-A100-SXM4-80GB",
                    "count", 1,
                    "memoryGiB", 80.0,
                    "accelerator", "nvidia-a100-80gb"),
                "vcpu", 12,
                "memoryMiB", 174080),
            map(
                "platform", "gcp",
                "name", "a2-ultragpu-2g",
                "gpu", map(
                    "product", "NVIDIA-A100-SXM4-80GB",
                    "count", 2,
                    "memoryGiB", 80.0,
                    "accelerator", "nvidia-a100-80gb"),
                "vcpu", 24,
                "memoryMiB", 348160),
            map(
                "platform", "gcp",
                "name", "a2-ultragpu-4g",
                "gpu", map(
                    "product", "NVIDIA-A100-SXM4-80GB",
                    "count", 4,
                    "memoryGiB", 80.0,
                    "accelerator", "nvidia-a100-80gb"),
                "vcpu", 48,
                "memoryMiB", 696320),
            map(
                "platform", "gcp",
                "name", "a2-ultragpu-8g",
                "gpu", map(
                    "product", "NVIDIA-A100-SXM4-80GB",
                    "count", 8,
                    "memoryGiB", 80.0,
                    "accelerator", "nvidia-a100-80gb"),
                "vcpu", 96,
                "memoryMiB", 1392640),
            map(
                "platform", "gcp",
                "name", "a3-highgpu-1g",
                "gpu", map("product", "NVIDIA-H100-80GB-HBM3", "count", 1, "memoryGiB", 79.6, "accelerator", "nvidia-h100"),
                "vcpu", 26,
                "memoryMiB", 239616),
            map(
                "platform", "gcp",
                "name", "a3-highgpu-2g",
                "gpu", map("product", "NVIDIA-H100-80GB-HBM3", "count", 2, "memoryGiB", 79.6, "accelerator", "nvidia-h100"),
                "vcpu", 52,
                "memoryMiB", 479232),
            map(
                "platform", "gcp",
                "name", "a3-highgpu-4g",
                "gpu", map("product", "NVIDIA-H100-80GB-HBM3", "count", 4, "memoryGiB", 79.6, "accelerator", "nvidia-h100"),
                "vcpu", 104,
                "memoryMiB", 958464),
            map(
                "platform", "gcp",
                "name", "a3-highgpu-8g",
                "gpu", map("product", "NVIDIA-H100-80GB-HBM3", "count", 8, "memoryGiB", 79.6, "accelerator", "nvidia-h100"),
                "vcpu", 208,
                "memoryMiB", 1916928));
    }

    private static java.util.List<Object> document0Part2() {
        return list(
            map(
                "platform", "gcp",
                "name", "a3-megagpu-8g",
                "gpu", map("product", "NVIDIA-H100-80GB-HBM3", "count", 8, "memoryGiB", 79.6, "accelerator", "nvidia-h100"),
                "vcpu", 208,
                "memoryMiB", 1916928),
            map(
                "platform", "gcp",
                "name", "g2-standard-4",
                "gpu", map("product", "NVIDIA-L4", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 4,
                "memoryMiB", 16384),
            map(
                "platform", "gcp",
                "name", "g2-standard-8",
                "gpu", map("product", "NVIDIA-L4", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 8,
                "memoryMiB", 32768),
            map(
                "platform", "gcp",
                "name", "g2-standard-12",
                "gpu", map("product", "NVIDIA-L4", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 12,
                "memoryMiB", 49152),
            map(
                "platform", "gcp",
                "name", "g2-standard-16",
                "gpu", map("product", "NVIDIA-L4", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 16,
                "memoryMiB", 65536),
            map(
                "platform", "gcp",
                "name", "g2-standard-24",
                "gpu", map("product", "NVIDIA-L4", "count", 2, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 24,
                "memoryMiB", 98304),
            map(
                "platform", "gcp",
                "name", "g2-standard-32",
                "gpu", map("product", "NVIDIA-L4", "count", 1, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 32,
                "memoryMiB", 131072),
            map(
                "platform", "gcp",
                "name", "g2-standard-48",
                "gpu", map("product", "NVIDIA-L4", "count", 4, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 48,
                "memoryMiB", 196608),
            map(
                "platform", "gcp",
                "name", "g2-standard-96",
                "gpu", map("product", "NVIDIA-L4", "count", 8, "memoryGiB", 22.5, "accelerator", "nvidia-l4"),
                "vcpu", 96,
                "memoryMiB", 393216));
    }

    private static Object document0() {
        return map("instanceTypes", concat(document0Part0(), document0Part1(), document0Part2()));
    }

    private static Object document1() {
        return map(
            "models", list(
                map(
                    "id", "gpt-oss-120b",
                    "huggingFace", "openai/gpt-oss-120b",
                    "match", list("openai/gpt-oss-120b", "modelcar-gpt-oss-120b", "gpt-oss-120b"),
                    "parametersB", 116.8,
                    "layers", 36,
                    "attentionHeads", 64,
                    "kvHeads", 8,
                    "headDim", 64,
                    "dtype", "mxfp4",
                    "maxContext", 131072),
                map(
                    "id", "gpt-oss-20b",
                    "huggingFace", "openai/gpt-oss-20b",
                    "match", list("openai/gpt-oss-20b", "modelcar-gpt-oss-20b", "gpt-oss-20b"),
                    "parametersB", 20.9,
                    "layers", 24,
                    "attentionHeads", 64,
                    "kvHeads", 8,
                    "headDim", 64,
                    "dtype", "mxfp4",
                    "maxContext", 131072),
                map(
                    "id", "qwen2.5-math-7b-instruct",
                    "huggingFace", "Qwen/Qwen2.5-Math-7B-Instruct",
                    "match", list("qwen/qwen2.5-math-7b-instruct", "qwen2.5-math-7b-instruct", "qwen2-5-math-7b-instruct"),
                    "parametersB", 7.62,
                    "layers", 28,
                    "attentionHeads", 28,
                    "kvHeads", 4,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 4096),
                map(
                    "id", "nemotron-orchestrator-8b",
                    "huggingFace", "nvidia/Nemotron-Orchestrator-8B",
                    "match", list("nvidia/nemotron-orchestrator-8b", "nemotron-orchestrator-8b"),
                    "parametersB", 8.19,
                    "layers", 36,
                    "attentionHeads", 32,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 40960),
                map(
                    "id", "llama-3.1-8b-instruct",
                    "huggingFace", "meta-llama/Llama-3.1-8B-Instruct",
                    "match", list(
                        "meta-llama/llama-3.1-8b-instruct",
                        "meta-llama-3.1-8b-instruct",
                        "llama-3.1-8b-instruct",
                        "llama-3-1-8b-instruct"),
                    "parametersB", 8.03,
                    "layers", 32,
                    "attentionHeads", 32,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 131072),
                map(
                    "id", "llama-3.1-70b-instruct",
                    "huggingFace", "meta-llama/Llama-3.1-70B-Instruct",
                    "match", list(
                        "meta-llama/llama-3.1-70b-instruct",
                        "meta-llama-3.1-70b-instruct",
                        "llama-3.1-70b-instruct",
                        "llama-3-1-70b-instruct"),
                    "parametersB", 70.6,
                    "layers", 80,
                    "attentionHeads", 64,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 131072),
                map(
                    "id", "llama-3.3-70b-instruct",
                    "huggingFace", "meta-llama/Llama-3.3-70B-Instruct",
                    "match", list("meta-llama/llama-3.3-70b-instruct", "llama-3.3-70b-instruct", "llama-3-3-70b-instruct"),
                    "parametersB", 70.6,
                    "layers", 80,
                    "attentionHeads", 64,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 131072),
                map(
                    "id", "llama-3.2-1b-instruct",
                    "huggingFace", "meta-llama/Llama-3.2-1B-Instruct",
                    "match", list("meta-llama/llama-3.2-1b-instruct", "llama-3.2-1b-instruct", "llama-3-2-1b-instruct"),
                    "parametersB", 1.24,
                    "layers", 16,
                    "attentionHeads", 32,
                    "kvHeads", 8,
                    "headDim", 64,
                    "dtype", "bf16",
                    "maxContext", 131072),
                map(
                    "id", "llama-3.2-3b-instruct",
                    "huggingFace", "meta-llama/Llama-3.2-3B-Instruct",
                    "match", list("meta-llama/llama-3.2-3b-instruct", "llama-3.2-3b-instruct", "llama-3-2-3b-instruct"),
                    "parametersB", 3.21,
                    "layers", 28,
                    "attentionHeads", 24,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 131072),
                map(
                    "id", "granite-3.3-8b-instruct",
                    "huggingFace", "ibm-granite/granite-3.3-8b-instruct",
                    "match", list("ibm-granite/granite-3.3-8b-instruct", "granite-3.3-8b-instruct", "granite-3-3-8b-instruct"),
                    "parametersB", 8.17,
                    "layers", 40,
                    "attentionHeads", 32,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 131072),
                map(
                    "id", "granite-3.3-2b-instruct",
                    "huggingFace", "ibm-granite/granite-3.3-2b-instruct",
                    "match", list("ibm-granite/granite-3.3-2b-instruct", "granite-3.3-2b-instruct", "granite-3-3-2b-instruct"),
                    "parametersB", 2.53,
                    "layers", 40,
                    "attentionHeads", 32,
                    "kvHeads", 8,
                    "headDim", 64,
                    "dtype", "bf16",
                    "maxContext", 131072),
                map(
                    "id", "granite-3.1-8b-instruct",
                    "huggingFace", "ibm-granite/granite-3.1-8b-instruct",
                    "match", list("ibm-granite/granite-3.1-8b-instruct", "granite-3.1-8b-instruct", "granite-3-1-8b-instruct"),
                    "parametersB", 8.17,
                    "layers", 40,
                    "attentionHeads", 32,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 131072),
                map(
                    "id", "mistral-7b-instruct-v0.3",
                    "huggingFace", "mistralai/Mistral-7B-Instruct-v0.3",
                    "match", list("mistralai/mistral-7b-instruct-v0.3", "mistral-7b-instruct-v0.3", "mistral-7b-instruct-v0-3"),
                    "parametersB", 7.25,
                    "layers", 32,
                    "attentionHeads", 32,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 32768),
                map(
                    "id", "qwen2.5-7b-instruct",
                    "huggingFace", "Qwen/Qwen2.5-7B-Instruct",
                    "match", list("qwen/qwen2.5-7b-instruct", "qwen2.5-7b-instruct", "qwen2-5-7b-instruct"),
                    "parametersB", 7.62,
                    "layers", 28,
                    "attentionHeads", 28,
                    "kvHeads", 4,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 32768),
                map(
                    "id", "qwen2.5-32b-instruct",
                    "huggingFace", "Qwen/Qwen2.5-32B-Instruct",
                    "match", list("qwen/qwen2.5-32b-instruct", "qwen2.5-32b-instruct", "qwen2-5-32b-instruct"),
                    "parametersB", 32.8,
                    "layers", 64,
                    "attentionHeads", 40,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 32768),
                map(
                    "id", "qwen2.5-72b-instruct",
                    "huggingFace", "Qwen/Qwen2.5-72B-Instruct",
                    "match", list("qwen/qwen2.5-72b-instruct", "qwen2.5-72b-instruct", "qwen2-5-72b-instruct"),
                    "parametersB", 72.7,
                    "layers", 80,
                    "attentionHeads", 64,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 32768),
                map(
                    "id", "deepseek-r1-distill-qwen-7b",
                    "huggingFace", "deepseek-ai/DeepSeek-R1-Distill-Qwen-7B",
                    "match", list("deepseek-ai/deepseek-r1-distill-qwen-7b", "deepseek-r1-distill-qwen-7b"),
                    "parametersB", 7.62,
                    "layers", 28,
                    "attentionHeads", 28,
                    "kvHeads", 4,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 131072),
                map(
                    "id", "deepseek-r1-distill-qwen-14b",
                    "huggingFace", "deepseek-ai/DeepSeek-R1-Distill-Qwen-14B",
                    "match", list("deepseek-ai/deepseek-r1-distill-qwen-14b", "deepseek-r1-distill-qwen-14b"),
                    "parametersB", 14.8,
                    "layers", 48,
                    "attentionHeads", 40,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 131072),
                map(
                    "id", "deepseek-r1-distill-qwen-32b",
                    "huggingFace", "deepseek-ai/DeepSeek-R1-Distill-Qwen-32B",
                    "match", list("deepseek-ai/deepseek-r1-distill-qwen-32b", "deepseek-r1-distill-qwen-32b"),
                    "parametersB", 32.8,
                    "layers", 64,
                    "attentionHeads", 40,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 131072),
                map(
                    "id", "deepseek-r1-distill-llama-8b",
                    "huggingFace", "deepseek-ai/DeepSeek-R1-Distill-Llama-8B",
                    "match", list("deepseek-ai/deepseek-r1-distill-llama-8b", "deepseek-r1-distill-llama-8b"),
                    "parametersB", 8.03,
                    "layers", 32,
                    "attentionHeads", 32,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 131072),
                map(
                    "id", "deepseek-r1-distill-llama-70b",
                    "huggingFace", "deepseek-ai/DeepSeek-R1-Distill-Llama-70B",
                    "match", list("deepseek-ai/deepseek-r1-distill-llama-70b", "deepseek-r1-distill-llama-70b"),
                    "parametersB", 70.6,
                    "layers", 80,
                    "attentionHeads", 64,
                    "kvHeads", 8,
                    "headDim", 128,
                    "dtype", "bf16",
                    "maxContext", 131072)));
    }
}
