import { Arg, Authorized, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { authed, type AppContext } from '../../graphql/context.js';
import { EvidenceFile } from './evidence-file.entity.js';
import { evidenceStorage } from './evidence-storage.js';
import { uploadEvidence } from './evidence.service.js';

@InputType('UploadEvidenceInput')
export class UploadEvidenceInput {
  @Field(() => ID)
  branchId!: string;

  @Field(() => String)
  fileName!: string;

  @Field(() => String, { description: 'image/jpeg, image/png, application/pdf …' })
  mimeType!: string;

  @Field(() => String, { description: '文件内容, base64, 至多 3 MB' })
  contentBase64!: string;
}

@Resolver(() => EvidenceFile)
export class EvidenceResolver {
  @Authorized()
  @Mutation(() => EvidenceFile, {
    description: '上传佐证材料 (签到表、照片等); 下载: GET /evidence/{id}, 仅本支部可读',
  })
  uploadEvidence(
    @Arg('input', () => UploadEvidenceInput) input: UploadEvidenceInput,
    @Ctx() ctx: AppContext,
  ): Promise<EvidenceFile> {
    const { em, actor } = authed(ctx);
    return uploadEvidence(em, actor, evidenceStorage(ctx.config.DATA_DIR), input);
  }
}
