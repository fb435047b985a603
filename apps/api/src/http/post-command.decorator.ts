import { applyDecorators, HttpCode, Post } from '@nestjs/common';

/** A command on an existing resource: POST answering 200 with `{ id, version, position }`. */
export const PostCommand = (path: string) => applyDecorators(Post(path), HttpCode(200));
